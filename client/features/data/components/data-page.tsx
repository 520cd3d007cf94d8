import { useCan } from '../../../api/me.js';
import { DownloadsPanel } from './downloads-panel.js';
import { TableEditor } from './table-editor.js';
import { UploadPanel } from './upload-panel.js';
import '../data.css';

/** Data: upload, download, and edit the rows of the funding map. */
export const DataPage = () => {
  const canEdit = useCan('editor');
  return (
    <main className="page data-page" id="main">
      <h1>Data</h1>
      {!canEdit && (
        <p className="hint" role="note">
          You can read and download the data. Changing it needs the editor role: ask an admin of this Braid.
        </p>
      )}
      <div className="data-columns">
        {canEdit && <UploadPanel />}
        <DownloadsPanel />
      </div>
      <TableEditor />
    </main>
  );
};
