import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, lines joined by spaces and runs of white space collapsed (pdf.js). */
export const pdfText = async (pdf: Buffer): Promise<{ pages: number; text: string }> => {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: parts.join('').replace(/\s+/g, ' ') };
};
