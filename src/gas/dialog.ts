/**
 * Small dialogs over the sheet for a message with links: what an alert cannot do, since an alert's text is
 * plain. Modal (Ui.showModalDialog) when she must read it first; modeless when she may open a link now or later. The caller gives the whole HTML (escaped); links open in a new tab
 * (a dialog's iframe may not navigate away) and a button closes it with google.script.host.close().
 * https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
 */

/** Shows `html` in a modal dialog of the given size (pixels) titled `title`. */
export function showModalDialog(html: string, title: string, width: number, height: number): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}

/**
 * A small dialog that leaves the sheet usable (Ui.showModelessDialog): for a link the librarian may open
 * now or later. The caller gives the whole HTML (escaped); links open in a new tab.
 * https://developers.google.com/apps-script/reference/base/ui#showModelessDialog(Object,String)
 */
export function showModelessDialog(html: string, title: string, width: number, height: number): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModelessDialog(output, title);
}
