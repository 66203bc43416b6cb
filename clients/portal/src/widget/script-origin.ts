/**
 * The origin this script was loaded from, which is the API's unless the `api` attribute says
 * otherwise. Read while the script runs: document.currentScript names it only then.
 */
export const scriptOrigin = document.currentScript instanceof HTMLScriptElement && document.currentScript.src ? new URL(document.currentScript.src).origin : window.location.origin;
