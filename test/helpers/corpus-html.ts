/** A page laid out like en.kremlin.ru's supplements: site navigation, a numbered declaration, related links, a footer. */
export function kremlinLikePage(paragraphs: string[] = DECLARATION): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Declaration of the Second Russia–Africa Summit on Cooperation in the Field of International Information Security • President of Russia</title>
<meta property="article:published_time" content="2023-07-28T18:00:00+03:00"><script>window.analytics = { track() {} };</script><style>p { margin: 0 }</style></head>
<body><header class="header"><nav class="nav"><ul><li><a href="/">President</a></li><li><a href="/events/president/news">News</a></li><li><a href="/events/president/transcripts">Transcripts</a></li><li><a href="/supplement">Documents</a></li></ul></nav>
<form class="search"><input name="query" placeholder="Search"><button>Find</button></form></header>
<main><article class="read"><h1 class="entry-title">Declaration of the Second Russia–Africa Summit on Cooperation in the Field of International Information Security</h1>
<p class="read__time"><time datetime="2023-07-28">July 28, 2023</time></p>
<div class="entry-content">${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
<ol type="a"><li>strengthening the capacity of African States to counter the use of ICTs for criminal purposes;</li><li>developing&nbsp;the exchange of best practices<br><br>and of training.</li></ol>
<h3>Final provisions</h3><p>The Declaration was adopted in the Russian and English languages.</p></div></article>
<aside class="related"><h2>See also</h2><ul><li><a href="/supplement/5972">Declaration of the Second Russia–Africa Summit</a></li></ul></aside></main>
<footer class="footer"><p>All content on this site is licensed under Creative Commons Attribution 4.0 International.</p><ul><li><a href="/about">About the site</a></li><li><a href="/contacts">Contacts</a></li></ul></footer>
</body></html>`;
}

/** The declaration's opening and numbered paragraphs, long enough for Readability to take them as the article. */
export const DECLARATION = [
  'We, the Heads of State and Government of the Russian Federation and African States, having met in Saint Petersburg on 28 July 2023 for the second Russia–Africa Summit,',
  '1. Stress the importance of ensuring international information security and reaffirm our commitment to the development of a fair and equitable system of international information security.',
  '2. Reaffirm the central role of the United Nations in addressing threats in the field of international information security and support the Open-ended working group on security of and in the use of ICTs 2021–2025.',
  '3. Express concern about the militarization of the information space and the use of information and communications technologies for purposes incompatible with the Charter of the United Nations.',
  '4. Agree to deepen cooperation in the following areas:',
];
