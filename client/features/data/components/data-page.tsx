import { DownloadsPanel } from './downloads-panel.js';
import { TableEditor } from './table-editor.js';
import { UploadPanel } from './upload-panel.js';

/** Data: upload, download, and edit the rows of the funding map. */
export const DataPage = () => (
  <main className="page data-page" id="main">
    <h1>Data</h1>
    <div className="data-columns">
      <UploadPanel />
      <DownloadsPanel />
    </div>
    <TableEditor />
  </main>
);
