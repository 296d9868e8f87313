import type { DocumentMeta, LayerName, Layers, RawDocument } from './types.js';

/**
 * A document and the layers stages have added to it. Layers are write-once: a stage
 * adds its own and can only read the others, which keeps stages independent (as in
 * spaCy, where components annotate one shared Doc).
 */
export class Document {
  readonly meta: Readonly<DocumentMeta>;
  readonly text: string;
  private readonly layers = new Map<LayerName, unknown>();

  constructor(raw: RawDocument) {
    const { text, ...meta } = raw;
    this.text = text;
    this.meta = Object.freeze({ ...meta });
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  /** The named layer; throws when no stage has added it, which is a pipeline-order bug. */
  get<K extends LayerName>(name: K): Readonly<Layers[K]> {
    if (!this.layers.has(name)) throw new Error(`layer "${name}" has not been added yet`);
    return this.layers.get(name) as Layers[K];
  }

  /** Adds a layer. A layer is frozen once added, so no other stage can edit it. */
  add<K extends LayerName>(name: K, layer: Layers[K]): void {
    if (this.layers.has(name)) throw new Error(`layer "${name}" already exists`);
    this.layers.set(name, Object.freeze(layer));
  }
}
