import { h } from 'preact';
import htm from 'htm';

/** JSX-like templates without a compiler step: htm turns tagged templates into Preact nodes. */
export const html = htm.bind(h);
