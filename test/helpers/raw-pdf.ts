/**
 * PDFs written object by object, for structures no PDF library will produce (a page tree that contains itself, forms
 * nested forty deep): the objects' bodies in order (object n is `bodies[n - 1]`, object 1 the catalogue), an xref table
 * with their byte offsets, and a trailer.
 */
export function rawPdf(bodies: string[]): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  bodies.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n` + offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A stream object's body (ASCII content only: its length is its byte count). */
export function pdfStream(dictionary: string, data: string): string {
  return `<< ${dictionary} /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const SENTENCE = 'BT /F1 12 Tf 72 700 Td (We reaffirm the decision.) Tj ET';

/** Two pages whose page tree lists itself among its kids: pdf.js reads page 1, then finds the cycle looking for page 2. */
export function cyclicPageTreePdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    pdfStream('', SENTENCE),
    HELVETICA,
  ]);
}

/** One page drawing a form XObject that draws the next twice, `levels` deep; the last draws a sentence: 2^(levels-1) sentences. */
export function nestedFormsPdf(levels: number): Uint8Array {
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X 6 0 R >> >> >>',
    pdfStream('', 'q /X Do Q'),
    HELVETICA,
  ];
  for (let level = 0; level < levels; level++) {
    const form = '/Type /XObject /Subtype /Form /BBox [0 0 612 792]';
    if (level < levels - 1) bodies.push(pdfStream(`${form} /Resources << /XObject << /X ${bodies.length + 2} 0 R >> >>`, 'q /X Do Q q /X Do Q'));
    else bodies.push(pdfStream(`${form} /Resources << /Font << /F1 5 0 R >> >>`, SENTENCE));
  }
  return rawPdf(bodies);
}
