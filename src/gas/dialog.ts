/**
 * A small dialog over the sheet (Ui.showModalDialog) for a message with links: what an alert cannot do,
 * since an alert's text is plain. The caller gives the whole HTML (escaped); links open in a new tab
 * (a dialog's iframe may not navigate away) and a button closes it with google.script.host.close().
 * https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
 */

/** Shows `html` in a modal dialog of the given size (pixels) titled `title`. */
export function showModalDialog(html: string, title: string, width: number, height: number): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
