/**
 * Says, while it is so, that what is on screen is not saved yet (it is kept in this tab meanwhile).
 * The words come from the editor's own namespace, so they load with the editor, not the first page.
 */
export function UnsavedNotice({ unsaved, text }: { unsaved: boolean; text: string }) {
  return <div role="status">{unsaved && <p className="notice notice--warning">{text}</p>}</div>;
}
