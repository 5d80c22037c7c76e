#!/usr/bin/env bash
# Builds the Word fixtures of test/fixtures/docx/ (committed; CI never runs this):
#  - annual-report-2023-ignalina.docx: the 2023 report's seed text written as flat OpenDocument
#    (scripts/docx-fixtures/report-to-fodt.ts: real merged header cells, headings, lists,
#    bookmarks, a picture), converted by LibreOffice, then its runs split inside words with
#    proofing marks as Word writes them (scripts/docx-fixtures/word-runs.ts);
#  - quirks.docx: hand-written WordprocessingML, one paragraph per quirk (scripts/docx-fixtures/quirks.ts).
# Needs LibreOffice Writer: apt-get install -y --no-install-recommends libreoffice-writer
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-writer" >&2; exit 1; }
work=.tmp/docx-fixtures
rm -rf "$work" && mkdir -p "$work" test/fixtures/docx
npx tsx scripts/docx-fixtures/report-to-fodt.ts "$work/annual-report-2023-ignalina.fodt"
# A profile of its own, so that a running LibreOffice or the user's settings change nothing.
soffice -env:UserInstallation="file://$PWD/$work/profile" --headless \
  --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/annual-report-2023-ignalina.fodt" >/dev/null
npx tsx scripts/docx-fixtures/word-runs.ts "$work/annual-report-2023-ignalina.docx" test/fixtures/docx/annual-report-2023-ignalina.docx
npx tsx scripts/docx-fixtures/quirks.ts test/fixtures/docx/quirks.docx
ls -l test/fixtures/docx/
