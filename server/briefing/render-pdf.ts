import PDFDocument from 'pdfkit';
import type { BriefingItem, BriefingResponse } from '../contract/briefing.js';

// The briefing as a PDF (pdfkit, its built-in Helvetica: nothing to download, no browser). Letter size, small
// type, so the seven sections fit on one or two pages.

const margin = 40;
const ink = '#1a1a1a';
const muted = '#555555';

const sourceLine = (entry: BriefingItem): string =>
  `Source: ${entry.source}${entry.as_of ? `, data as of ${entry.as_of}` : ''}`;

export const renderBriefingPdf = (briefing: BriefingResponse): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margin,
      info: { Title: briefing.title, Author: 'Braid', Subject: 'Funding alignment briefing' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const width = doc.page.width - 2 * margin;

    doc.fillColor(ink).font('Helvetica-Bold').fontSize(16).text(briefing.title);
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(muted)
      .text(
        `Made ${briefing.made_on}. Data as of ${briefing.data_as_of ?? 'not recorded'}.` +
          (briefing.previous_fiscal_year ? ` Compared with FY${briefing.previous_fiscal_year}.` : ''),
      );
    if (briefing.sections.length === 0) doc.moveDown().fillColor(ink).fontSize(10).text('There is no funding data.');

    for (const section of briefing.sections) {
      doc.moveDown(0.6).fillColor(ink).font('Helvetica-Bold').fontSize(11).text(section.title, { width });
      for (const entry of section.items) {
        doc
          .font('Helvetica-Bold')
          .fontSize(9)
          .fillColor(ink)
          .text(`${entry.label}: `, { continued: true, width })
          .font('Helvetica')
          .text(entry.value, { width });
        if (entry.detail) doc.fontSize(8).fillColor(ink).text(entry.detail, { width });
        doc.fontSize(7).fillColor(muted).text(sourceLine(entry), { width });
      }
      if (section.note) doc.font('Helvetica-Oblique').fontSize(8).fillColor(muted).text(section.note, { width });
    }
    doc.end();
  });
