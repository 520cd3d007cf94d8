/** The whole map as a workbook, CSV files or JSON, and the empty template. */
export const DownloadsPanel = () => (
  <section className="card" aria-labelledby="downloads-heading">
    <h2 id="downloads-heading">Download</h2>
    <ul className="link-list">
      <li>
        <a href="/api/export?format=xlsx" download>
          The whole map as an Excel workbook
        </a>
      </li>
      <li>
        <a href="/api/export?format=csv" download>
          The whole map as CSV files (a zip: one file per table, and where the figures come from)
        </a>
      </li>
      <li>
        <a href="/api/export?format=json" download>
          The whole map as a JSON bundle
        </a>
      </li>
      <li>
        <a href="/api/template.xlsx" download>
          The empty template (one sheet per table, headers only)
        </a>
      </li>
    </ul>
  </section>
);
