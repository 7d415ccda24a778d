import { useState } from 'react';

function isSafariTab(): boolean {
  const ua = navigator.userAgent;
  const safari = /Safari\//.test(ua) && !/(Chrome|Chromium|CriOS|Edg|Firefox|FxiOS)\//.test(ua);
  const installed = window.matchMedia?.('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone;
  return safari && !installed;
}

/** Safari deletes a site's data after seven days without a visit unless the app is installed. */
export function SafariNotice() {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || !isSafariTab()) return null;
  return (
    <div className="notice" role="note">
      Safari deletes this site's data after seven days without a visit. Add Verbatim to the Dock or Home Screen
      (File › Add to Dock, or Share › Add to Home Screen) to keep your projects, and save a copy of each project regularly with “Back up project” (in the project's header).
      <button type="button" onClick={() => setDismissed(true)}>Dismiss</button>
    </div>
  );
}
