/** A small news page the ingest tests share (original text written for the tests). */
export const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Harbour town votes to keep its ferry | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette">
<meta property="article:modified_time" content="2026-05-04T12:00:00Z">
<link rel="canonical" href="https://gazette.example.org/2026/05/04/ferry-vote">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},{"@type":"NewsArticle","headline":"Harbour town votes to keep its ferry","datePublished":"2026-05-04T09:30:00+01:00","author":[{"@type":"Person","name":"Jo Marsh"},{"@type":"Person","name":"Sam Reid"}]}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour town votes to keep its ferry</h1>
<figure><img src="x.jpg"><figcaption>The ferry leaves Port Ellis.</figcaption></figure>
<p>PORT ELLIS — Residents of Port Ellis voted by a wide margin on Saturday to keep the town's loss-making ferry link to the mainland, ending a two-year dispute between the council and a group of islanders.</p>
<p>Of the 3,412 ballots cast, 2,690 backed a plan to fund the ferry through a small rise in the harbour levy, the returning officer said.<br>Turnout was 71 percent.</p>
<p>"People have spoken very clearly," said council leader Morag Tully, who had proposed replacing the ferry with a subsidised water taxi.</p>
<p>The ferry carries about 40,000 passengers a year. Its operator said it would need a new engine within three years.</p>
<h3>Related</h3><ul><li><a href="/a">Chip shop wins national award</a></li><li><a href="/b">Lifeboat crew rescues kayakers off the point</a></li></ul>
</article><footer>© 2026 The Coast Gazette</footer></body></html>`;
