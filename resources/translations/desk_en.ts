<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AttendanceBreakdown</name>
        <message>
            <source>No country</source>
            <translation>No country</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in person</source>
            <translation>
                <numerusform>%n in person</numerusform>
                <numerusform>%n in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online</source>
            <translation>
                <numerusform>%n online</numerusform>
                <numerusform>%n online</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n total</source>
            <translation>
                <numerusform>%n total</numerusform>
                <numerusform>%n total</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendanceMenu</name>
        <message>
            <source>A&amp;ttendance</source>
            <translation>A&amp;ttendance</translation>
        </message>
        <message>
            <source>&amp;Import online attendance…</source>
            <translation>&amp;Import online attendance…</translation>
        </message>
        <message>
            <source>&amp;Review online attendance…</source>
            <translation>&amp;Review online attendance…</translation>
        </message>
        <message>
            <source>Online attendance and certificate r&amp;ules…</source>
            <translation>Online attendance and certificate r&amp;ules…</translation>
        </message>
        <message>
            <source>&amp;Certificates of attendance…</source>
            <translation>&amp;Certificates of attendance…</translation>
        </message>
        <message>
            <source>&amp;Verify a certificate…</source>
            <translation>&amp;Verify a certificate…</translation>
        </message>
        <message>
            <source>Import online attendance (Zoom or Teams)</source>
            <translation>Import online attendance (Zoom or Teams)</translation>
        </message>
        <message>
            <source>Attendance reports (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>Attendance reports (*.csv *.txt *.tsv);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Activity log</source>
            <translation>Activity log</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Search names, files, reasons… (Ctrl+F)</source>
            <translation>Search names, files, reasons… (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Today only</source>
            <translation>&amp;Today only</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operator:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>All operators</source>
            <translation>All operators</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n entries; filter to see older ones.</source>
            <translation>
                <numerusform>The newest entry; filter to see older ones.</numerusform>
                <numerusform>The newest %n entries; filter to see older ones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries, newest first.</source>
            <translation>
                <numerusform>%n entry.</numerusform>
                <numerusform>%n entries, newest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <source>Automatic backup failed: {reason}</source>
            <translation>Automatic backup failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BadgeMenu</name>
        <message>
            <source>&amp;Badges</source>
            <translation>&amp;Badges</translation>
        </message>
        <message>
            <source>&amp;Print badge…</source>
            <translation>&amp;Print badge…</translation>
        </message>
        <message>
            <source>Print badges (&amp;batch)…</source>
            <translation>Print badges (&amp;batch)…</translation>
        </message>
        <message>
            <source>&amp;Save badges as PDF…</source>
            <translation>&amp;Save badges as PDF…</translation>
        </message>
        <message>
            <source>Badge printing se&amp;ttings…</source>
            <translation>Badge printing se&amp;ttings…</translation>
        </message>
        <message>
            <source>Scan or choose a person first, then print the badge.</source>
            <translation>Scan or choose a person first, then print the badge.</translation>
        </message>
        <message>
            <source>Badge not printed: {reason}</source>
            <translation>Badge not printed: {reason}</translation>
        </message>
        <message>
            <source>Badge printed: {name}</source>
            <translation>Badge printed: {name}</translation>
        </message>
        <message>
            <source>Badges printed: {count}</source>
            <translation>Badges printed: {count}</translation>
        </message>
        <message>
            <source>Badges saved to {path}</source>
            <translation>Badges saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>BadgePrinter</name>
        <message>
            <source>badge-{code}.pdf</source>
            <translation>badge-{code}.pdf</translation>
        </message>
        <message>
            <source>badges-{day}-{count}.pdf</source>
            <translation>badges-{day}-{count}.pdf</translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <source>Print badges</source>
            <translation>Print badges</translation>
        </message>
        <message>
            <source>Whose badges?</source>
            <translation>Whose badges?</translation>
        </message>
        <message>
            <source>A &amp;category:</source>
            <translation>A &amp;category:</translation>
        </message>
        <message>
            <source>&amp;Leave them out</source>
            <translation>&amp;Leave them out</translation>
        </message>
        <message>
            <source>Print them a&amp;gain (you will be asked why)</source>
            <translation>Print them a&amp;gain (you will be asked why)</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{label} ({count})</source>
            <translation>{label} ({count})</translation>
        </message>
        <message>
            <source>The &amp;selected person: {name}</source>
            <translation>The &amp;selected person: {name}</translation>
        </message>
        <message>
            <source>The &amp;selected people ({count})</source>
            <translation>The &amp;selected people ({count})</translation>
        </message>
        <message>
            <source>The &amp;selected person (nobody is selected)</source>
            <translation>The &amp;selected person (nobody is selected)</translation>
        </message>
        <message>
            <source>&amp;Everyone pre-registered without a badge yet ({count})</source>
            <translation>&amp;Everyone pre-registered without a badge yet ({count})</translation>
        </message>
        <message numerus="yes">
            <source>Already have a badge: %n of {total}.</source>
            <translation>
                <numerusform>Already has a badge: %n of {total}.</numerusform>
                <numerusform>Already have a badge: %n of {total}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Badges: {count} · pages: {pages} · {layout} · printer: {printer}</source>
            <translation>Badges: {count} · pages: {pages} · {layout} · printer: {printer}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Badges printed and recorded: {count}.</source>
            <translation>Badges printed and recorded: {count}.</translation>
        </message>
        <message>
            <source>Badges saved to {path}: {count} (not recorded as printed).</source>
            <translation>Badges saved to {path}: {count} (not recorded as printed).</translation>
        </message>
        <message>
            <source>Preview opened.</source>
            <translation>Preview opened.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was printed or recorded.</source>
            <translation>Cancelled: nothing was printed or recorded.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Hold the QR code in front of the camera</source>
            <translation>Hold the QR code in front of the camera</translation>
        </message>
    </context>
    <context>
        <name>CameraScanner</name>
        <message>
            <source>The file or folder {path} was not found.</source>
            <translation>The file or folder {path} was not found.</translation>
        </message>
        <message>
            <source>No camera was found on this computer. Connect one, or scan with the USB scanner.</source>
            <translation>No camera was found on this computer. Connect one, or scan with the USB scanner.</translation>
        </message>
        <message>
            <source>Waiting for permission to use the camera…</source>
            <translation>Waiting for permission to use the camera…</translation>
        </message>
        <message>
            <source>Desk may not use the camera: allow it in the system settings.</source>
            <translation>Desk may not use the camera: allow it in the system settings.</translation>
        </message>
        <message>
            <source>The camera cannot be used: it may be in use by another program ({reason}).</source>
            <translation>The camera cannot be used: it may be in use by another program ({reason}).</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <source>The camera was disconnected. Connect it again, or scan with the USB scanner.</source>
            <translation>The camera was disconnected. Connect it again, or scan with the USB scanner.</translation>
        </message>
        <message>
            <source>The video {name} cannot be played ({reason}).</source>
            <translation>The video {name} cannot be played ({reason}).</translation>
        </message>
        <message>
            <source>The video has ended: its last picture stays in view.</source>
            <translation>The video has ended: its last picture stays in view.</translation>
        </message>
        <message>
            <source>not a video Desk can play</source>
            <translation>not a video Desk can play</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be read ({reason}).</source>
            <translation>The folder {folder} cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>The folder {folder} has no images (PNG or JPEG).</source>
            <translation>The folder {folder} has no images (PNG or JPEG).</translation>
        </message>
        <message>
            <source>None of the images in the folder can be read.</source>
            <translation>None of the images in the folder can be read.</translation>
        </message>
        <message>
            <source>All the images of the folder have been shown.</source>
            <translation>All the images of the folder have been shown.</translation>
        </message>
    </context>
    <context>
        <name>CertificateRuleFields</name>
        <message>
            <source>At least this many &amp;sessions:</source>
            <translation>At least this many &amp;sessions:</translation>
        </message>
        <message>
            <source>At least this share of the &amp;first day's sessions ({n}):</source>
            <translation>At least this share of the &amp;first day's sessions ({n}):</translation>
        </message>
        <message>
            <source>Sessions are the agenda items whose attendance is taken, breaks and meals left out; in person or online.</source>
            <translation>Sessions are the agenda items whose attendance is taken, breaks and meals left out; in person or online.</translation>
        </message>
    </context>
    <context>
        <name>CertificatesDialog</name>
        <message>
            <source>Certificates of attendance</source>
            <translation>Certificates of attendance</translation>
        </message>
        <message>
            <source>Who gets one</source>
            <translation>Who gets one</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Main &amp;language:</source>
            <translation>Main &amp;language:</translation>
        </message>
        <message>
            <source>&amp;One PDF, a page per person</source>
            <translation>&amp;One PDF, a page per person</translation>
        </message>
        <message>
            <source>One PDF &amp;per person, in a folder</source>
            <translation>One PDF &amp;per person, in a folder</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Save &amp;to:</source>
            <translation>Save &amp;to:</translation>
        </message>
        <message>
            <source>What was written appears here.</source>
            <translation>What was written appears here.</translation>
        </message>
        <message>
            <source>&amp;Write the certificates</source>
            <translation>&amp;Write the certificates</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificates</translation>
        </message>
        <message>
            <source>certificates.pdf</source>
            <translation>certificates.pdf</translation>
        </message>
        <message>
            <source>Folder for the certificates</source>
            <translation>Folder for the certificates</translation>
        </message>
        <message>
            <source>Save the certificates</source>
            <translation>Save the certificates</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose where to save them.</source>
            <translation>Choose where to save them.</translation>
        </message>
        <message>
            <source>Writing the certificates…</source>
            <translation>Writing the certificates…</translation>
        </message>
        <message>
            <source>Rule: {rule}.</source>
            <translation>Rule: {rule}.</translation>
        </message>
        <message>
            <source>Nobody meets the rule: nothing was written.</source>
            <translation>Nobody meets the rule: nothing was written.</translation>
        </message>
        <message numerus="yes">
            <source>%n certificates written to {path}</source>
            <translation>
                <numerusform>%n certificate written to {path}</numerusform>
                <numerusform>%n certificates written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other people attended something but fall short of the rule.</source>
            <translation>
                <numerusform>%n other person attended something but falls short of the rule.</numerusform>
                <numerusform>%n other people attended something but fall short of the rule.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckinScreen</name>
        <message>
            <source>Scan a badge, or type a name, organisation, e-mail or country</source>
            <translation>Scan a badge, or type a name, organisation, e-mail or country</translation>
        </message>
        <message>
            <source>Confirm in person (Ctrl+Enter)</source>
            <translation>Confirm in person (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Print badge (F5)</source>
            <translation>Print badge (F5)</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <source>+ Walk-in (Ctrl+N)</source>
            <translation>+ Walk-in (Ctrl+N)</translation>
        </message>
        <message>
            <source>No participants yet: import the registration list with File → Import participant list… (Ctrl+I).</source>
            <translation>No participants yet: import the registration list with File → Import participant list… (Ctrl+I).</translation>
        </message>
        <message numerus="yes">
            <source>%n registered. Scan a badge or type a name; walk-in: Ctrl+N.</source>
            <translation>
                <numerusform>%n registered. Scan a badge or type a name; walk-in: Ctrl+N.</numerusform>
                <numerusform>%n registered. Scan a badge or type a name; walk-in: Ctrl+N.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %n matches for “{query}”: keep typing.</source>
            <translation>
                <numerusform>More than %n match for “{query}”: keep typing.</numerusform>
                <numerusform>More than %n matches for “{query}”: keep typing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matches: choose with ↑/↓, then Enter.</source>
            <translation>
                <numerusform>%n match: choose with ↑/↓, then Enter.</numerusform>
                <numerusform>%n matches: choose with ↑/↓, then Enter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people match: choose one</source>
            <translation>
                <numerusform>%n person matches: choose one</numerusform>
                <numerusform>%n people match: choose one</numerusform>
            </translation>
        </message>
        <message>
            <source>No participant matches “{query}”.</source>
            <translation>No participant matches “{query}”.</translation>
        </message>
        <message>
            <source>One match: Enter checks in.</source>
            <translation>One match: Enter checks in.</translation>
        </message>
        <message>
            <source>Print the badge? F5 prints; the next scan means no.</source>
            <translation>Print the badge? F5 prints; the next scan means no.</translation>
        </message>
        <message>
            <source>NO MATCH for “{query}”</source>
            <translation>NO MATCH for “{query}”</translation>
        </message>
        <message>
            <source>Check the spelling, or register a walk-in with Ctrl+N.</source>
            <translation>Check the spelling, or register a walk-in with Ctrl+N.</translation>
        </message>
        <message>
            <source>Use ↓/↑ to highlight the right person, then press Enter.</source>
            <translation>Use ↓/↑ to highlight the right person, then press Enter.</translation>
        </message>
        <message>
            <source>NOT SAVED: “{query}”</source>
            <translation>NOT SAVED: “{query}”</translation>
        </message>
        <message>
            <source>Press Enter to try again.</source>
            <translation>Press Enter to try again.</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>READY</translation>
        </message>
        <message>
            <source>Scan a badge, or type a few letters of a name.</source>
            <translation>Scan a badge, or type a few letters of a name.</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>&lt;b&gt;The desk's database is damaged.&lt;/b&gt;</source>
            <translation>&lt;b&gt;The desk's database is damaged.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Desk did not close properly last time (a power cut, a crash), and the full check it then runs found damage in {path}.</source>
            <translation>Desk did not close properly last time (a power cut, a crash), and the full check it then runs found damage in {path}.</translation>
        </message>
        <message>
            <source>The check at start found damage in {path}.</source>
            <translation>The check at start found damage in {path}.</translation>
        </message>
        <message>
            <source>The newest good backup was taken at {when}, with {counts}. Check-ins made after it must be entered again (or brought back from another desk's file). The damaged file is kept aside for support, never deleted.</source>
            <translation>The newest good backup was taken at {when}, with {counts}. Check-ins made after it must be entered again (or brought back from another desk's file). The damaged file is kept aside for support, never deleted.</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup (taken {time}, {counts})</source>
            <translation>&amp;Restore the newest backup (taken {time}, {counts})</translation>
        </message>
        <message>
            <source>No good backup of this database was found. Do not delete anything: call support, who can try to rescue the data from the damaged file.</source>
            <translation>No good backup of this database was found. Do not delete anything: call support, who can try to rescue the data from the damaged file.</translation>
        </message>
        <message>
            <source>What SQLite reported: {problems}</source>
            <translation>What SQLite reported: {problems}</translation>
        </message>
        <message>
            <source>&amp;Quit and call support</source>
            <translation>&amp;Quit and call support</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>checked in / registered in person</source>
            <translation>checked in / registered in person</translation>
        </message>
        <message>
            <source>in person, not checked in yet</source>
            <translation>in person, not checked in yet</translation>
        </message>
        <message>
            <source>registered online</source>
            <translation>registered online</translation>
        </message>
        <message>
            <source>inside now</source>
            <translation>inside now</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message numerus="yes">
            <source>%n came in person</source>
            <translation>
                <numerusform>%n came in person</numerusform>
                <numerusform>%n came in person</numerusform>
            </translation>
        </message>
        <message>
            <source>on board: {item}</source>
            <translation>on board: {item}</translation>
        </message>
        <message>
            <source>inside now: {item}</source>
            <translation>inside now: {item}</translation>
        </message>
        <message>
            <source>Updated at {time}</source>
            <translation>Updated at {time}</translation>
        </message>
        <message>
            <source>Could not update: {error}</source>
            <translation>Could not update: {error}</translation>
        </message>
    </context>
    <context>
        <name>DataFields</name>
        <message>
            <source>Write the server's address: postgresql://USER@COMPUTER/DATABASE.</source>
            <translation>Write the server's address: postgresql://USER@COMPUTER/DATABASE.</translation>
        </message>
        <message>
            <source>{url} is not a server address: write postgresql://USER@COMPUTER/DATABASE.</source>
            <translation>{url} is not a server address: write postgresql://USER@COMPUTER/DATABASE.</translation>
        </message>
        <message>
            <source>The server {url} refused the connection: {reason}</source>
            <translation>The server {url} refused the connection: {reason}</translation>
        </message>
        <message>
            <source>✔ Connected.</source>
            <translation>✔ Connected.</translation>
        </message>
        <message>
            <source>One des&amp;k (a file on this computer)</source>
            <translation>One des&amp;k (a file on this computer)</translation>
        </message>
        <message>
            <source>Se&amp;veral desks with a server</source>
            <translation>Se&amp;veral desks with a server</translation>
        </message>
        <message>
            <source>Server address (&amp;URL):</source>
            <translation>Server address (&amp;URL):</translation>
        </message>
        <message>
            <source>postgresql://USER@COMPUTER/DATABASE</source>
            <translation>postgresql://USER@COMPUTER/DATABASE</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <source>Connecting to {url}…</source>
            <translation>Connecting to {url}…</translation>
        </message>
    </context>
    <context>
        <name>DoorScreen</name>
        <message>
            <source>Switch to {title} (starts {time}) — F6</source>
            <translation>Switch to {title} (starts {time}) — F6</translation>
        </message>
        <message>
            <source>Bus:</source>
            <translation>Bus:</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Table:</translation>
        </message>
        <message>
            <source>— choose the table —</source>
            <translation>— choose the table —</translation>
        </message>
        <message>
            <source>▲ BOARDING</source>
            <translation>▲ BOARDING</translation>
        </message>
        <message>
            <source>▼ RETURN</source>
            <translation>▼ RETURN</translation>
        </message>
        <message>
            <source>→ ENTRY</source>
            <translation>→ ENTRY</translation>
        </message>
        <message>
            <source>← EXIT</source>
            <translation>← EXIT</translation>
        </message>
        <message>
            <source>Scanning BOARDING: scan each badge as the person gets on the bus.</source>
            <translation>Scanning BOARDING: scan each badge as the person gets on the bus.</translation>
        </message>
        <message>
            <source>Scanning ENTRY: scan each badge as the person comes in.</source>
            <translation>Scanning ENTRY: scan each badge as the person comes in.</translation>
        </message>
        <message>
            <source>Scanning RETURN: scan each badge as the person is back from the visit.</source>
            <translation>Scanning RETURN: scan each badge as the person is back from the visit.</translation>
        </message>
        <message>
            <source>Scanning EXIT: scan each badge as the person leaves.</source>
            <translation>Scanning EXIT: scan each badge as the person leaves.</translation>
        </message>
        <message>
            <source>NOT SAVED: “{code}”</source>
            <translation>NOT SAVED: “{code}”</translation>
        </message>
        <message>
            <source>Scan the badge again.</source>
            <translation>Scan the badge again.</translation>
        </message>
        <message>
            <source>Enter records it anyway; Esc or the next scan: not recorded.</source>
            <translation>Enter records it anyway; Esc or the next scan: not recorded.</translation>
        </message>
        <message>
            <source>NOTHING TO UNDO</source>
            <translation>NOTHING TO UNDO</translation>
        </message>
        <message>
            <source>No scan of this screen to undo.</source>
            <translation>No scan of this screen to undo.</translation>
        </message>
        <message>
            <source>Scan undone: {name}</source>
            <translation>Scan undone: {name}</translation>
        </message>
        <message>
            <source>The scan no longer counts (a void record was written).</source>
            <translation>The scan no longer counts (a void record was written).</translation>
        </message>
        <message>
            <source>NOT RECORDED</source>
            <translation>NOT RECORDED</translation>
        </message>
        <message>
            <source>The scan outside the item's time was not recorded.</source>
            <translation>The scan outside the item's time was not recorded.</translation>
        </message>
        <message>
            <source>CHOOSE THE TABLE FIRST: not recorded</source>
            <translation>CHOOSE THE TABLE FIRST: not recorded</translation>
        </message>
        <message>
            <source>Pick the World Café table above, then scan the badge again.</source>
            <translation>Pick the World Café table above, then scan the badge again.</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>READY</translation>
        </message>
        <message numerus="yes">
            <source>%n boarded</source>
            <translation>
                <numerusform>%n boarded</numerusform>
                <numerusform>%n boarded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not back yet</source>
            <translation>
                <numerusform>%n not back yet</numerusform>
                <numerusform>%n not back yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attended</source>
            <translation>
                <numerusform>%n attended</numerusform>
                <numerusform>%n attended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside</source>
            <translation>
                <numerusform>%n inside</numerusform>
                <numerusform>%n inside</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{place}: %n not back</source>
            <translation>
                <numerusform>{place}: %n not back</numerusform>
                <numerusform>{place}: %n not back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scanned</source>
            <translation>
                <numerusform>%n scanned</numerusform>
                <numerusform>%n scanned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n there now</source>
            <translation>
                <numerusform>%n there now</numerusform>
                <numerusform>%n there now</numerusform>
            </translation>
        </message>
        <message>
            <source>Dietary needs: {needs}</source>
            <translation>Dietary needs: {needs}</translation>
        </message>
        <message numerus="yes">
            <source>⚑ %n scanned here without checking in at the desk</source>
            <translation>
                <numerusform>⚑ %n scanned here without checking in at the desk</numerusform>
                <numerusform>⚑ %n scanned here without checking in at the desk</numerusform>
            </translation>
        </message>
        <message>
            <source>Catering headcount: {count}</source>
            <translation>Catering headcount: {count}</translation>
        </message>
        <message>
            <source>Agenda item:</source>
            <translation>Agenda item:</translation>
        </message>
        <message>
            <source>↶ Undo last scan (Ctrl+Z)</source>
            <translation>↶ Undo last scan (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Record anyway (Enter)</source>
            <translation>Record anyway (Enter)</translation>
        </message>
        <message>
            <source>F2 switches between entry and exit</source>
            <translation>F2 switches between entry and exit</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicate participants</source>
            <translation>Possible duplicate participants</translation>
        </message>
        <message>
            <source>These registrations look like the same person (the same name in another order or without accents, a name without a second name, a one-letter typo, the same e-mail or phone), most likely first. Compare them, then keep one: the other's check-ins, door scans and badges count for the one kept, and its badge keeps working.</source>
            <translation>These registrations look like the same person (the same name in another order or without accents, a name without a second name, a one-letter typo, the same e-mail or phone), most likely first. Compare them, then keep one: the other's check-ins, door scans and badges count for the one kept, and its badge keeps working.</translation>
        </message>
        <message>
            <source>Keep the left one, merge the right one into it (Ctrl+←)</source>
            <translation>Keep the left one, merge the right one into it (Ctrl+←)</translation>
        </message>
        <message>
            <source>Keep the right one, merge the left one into it (Ctrl+→)</source>
            <translation>Keep the right one, merge the left one into it (Ctrl+→)</translation>
        </message>
        <message>
            <source>No likely duplicates: nothing to merge.</source>
            <translation>No likely duplicates: nothing to merge.</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Badge code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Badges printed</source>
            <translation>Badges printed</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Why: {reasons}</source>
            <translation>Why: {reasons}</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>pre-registered</source>
            <translation>pre-registered</translation>
        </message>
        <message>
            <source>Merge participants</source>
            <translation>Merge participants</translation>
        </message>
        <message>
            <source>Keep {keep} ({keep_code}) and merge {absorb} ({absorb_code}) into it?

Every check-in, door scan and badge of both will count for {keep}; the badge {absorb_code} will find {keep}. Empty details of {keep} are taken from the other registration.</source>
            <translation>Keep {keep} ({keep_code}) and merge {absorb} ({absorb_code}) into it?

Every check-in, door scan and badge of both will count for {keep}; the badge {absorb_code} will find {keep}. Empty details of {keep} are taken from the other registration.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import participants</source>
            <translation>Import participants</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <source>The whole file is imported in one step: if any line has a problem, nothing is imported and every problem is listed. People already known are updated, never duplicated.</source>
            <translation>The whole file is imported in one step: if any line has a problem, nothing is imported and every problem is listed. People already known are updated, never duplicated.</translation>
        </message>
        <message>
            <source>The report appears here.</source>
            <translation>The report appears here.</translation>
        </message>
        <message>
            <source>&amp;Check only</source>
            <translation>&amp;Check only</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>⚠ This list has no category column: unless you choose, everybody gets the category “{category}” (and its badge colour).</source>
            <translation>⚠ This list has no category column: unless you choose, everybody gets the category “{category}” (and its badge colour).</translation>
        </message>
        <message>
            <source>Category for the &amp;whole file:</source>
            <translation>Category for the &amp;whole file:</translation>
        </message>
        <message>
            <source>Rules, before it (the first that matches wins): organisation or e-mail domain contains … → category</source>
            <translation>Rules, before it (the first that matches wins): organisation or e-mail domain contains … → category</translation>
        </message>
        <message>
            <source>Organisation or e-mail domain contains</source>
            <translation>Organisation or e-mail domain contains</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>&amp;Add rule</source>
            <translation>&amp;Add rule</translation>
        </message>
        <message>
            <source>&amp;Remove rule</source>
            <translation>&amp;Remove rule</translation>
        </message>
        <message>
            <source>Add the &amp;suggested rules</source>
            <translation>Add the &amp;suggested rules</translation>
        </message>
        <message>
            <source>Organisations of the list that name a category (found by Check only)</source>
            <translation>Organisations of the list that name a category (found by Check only)</translation>
        </message>
        <message>
            <source>Check only shows how many people get each category, before importing.</source>
            <translation>Check only shows how many people get each category, before importing.</translation>
        </message>
        <message>
            <source>The choice changed: Check only shows the new counts.</source>
            <translation>The choice changed: Check only shows the new counts.</translation>
        </message>
        <message>
            <source>Preview: {counts}</source>
            <translation>Preview: {counts}</translation>
        </message>
        <message>
            <source>Imported: {counts}</source>
            <translation>Imported: {counts}</translation>
        </message>
        <message>
            <source>after the import, see them all in File › Possible duplicates</source>
            <translation>after the import, see them all in File › Possible duplicates</translation>
        </message>
        <message>
            <source>see them all in File › Possible duplicates</source>
            <translation>see them all in File › Possible duplicates</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <source>Attendance by category and country</source>
            <translation>Attendance by category and country</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Leave the kiosk mode</source>
            <translation>Leave the kiosk mode</translation>
        </message>
        <message>
            <source>Supervisor's PIN</source>
            <translation>Supervisor's PIN</translation>
        </message>
        <message>
            <source>Press Enter</source>
            <translation>Press Enter</translation>
        </message>
        <message>
            <source>Enter the supervisor's PIN, then press Enter.</source>
            <translation>Enter the supervisor's PIN, then press Enter.</translation>
        </message>
        <message>
            <source>This desk has no supervisor: press Enter to leave the kiosk.</source>
            <translation>This desk has no supervisor: press Enter to leave the kiosk.</translation>
        </message>
        <message>
            <source>Wrong PIN: this needs a supervisor's PIN.</source>
            <translation>Wrong PIN: this needs a supervisor's PIN.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Import participant list…</source>
            <translation>&amp;Import participant list…</translation>
        </message>
        <message>
            <source>&amp;Export participants…</source>
            <translation>&amp;Export participants…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Desk</source>
            <translation>&amp;About Desk</translation>
        </message>
        <message>
            <source>&amp;Walk-in registration…</source>
            <translation>&amp;Walk-in registration…</translation>
        </message>
        <message>
            <source>Participant &amp;details…</source>
            <translation>Participant &amp;details…</translation>
        </message>
        <message>
            <source>Change &amp;operator or desk name…</source>
            <translation>Change &amp;operator or desk name…</translation>
        </message>
        <message>
            <source>Possible d&amp;uplicates…</source>
            <translation>Possible d&amp;uplicates…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Operators and &amp;PINs…</source>
            <translation>Operators and &amp;PINs…</translation>
        </message>
        <message>
            <source>Activity &amp;log…</source>
            <translation>Activity &amp;log…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Check-in desk</source>
            <translation>&amp;Check-in desk</translation>
        </message>
        <message>
            <source>&amp;Door and bus: attendance</source>
            <translation>&amp;Door and bus: attendance</translation>
        </message>
        <message>
            <source>Dash&amp;board</source>
            <translation>Dash&amp;board</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>&amp;Full screen</translation>
        </message>
        <message>
            <source>Desk: {name}</source>
            <translation>Desk: {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{checked}&lt;/b&gt; / {registered} checked in</source>
            <translation>&lt;b&gt;{checked}&lt;/b&gt; / {registered} checked in</translation>
        </message>
        <message numerus="yes">
            <source>in person · %n online</source>
            <translation>
                <numerusform>in person · %n online</numerusform>
                <numerusform>in person · %n online</numerusform>
            </translation>
        </message>
        <message>
            <source>Desk &lt;b&gt;{desk}&lt;/b&gt; · operator &lt;b&gt;{operator}&lt;/b&gt;</source>
            <translation>Desk &lt;b&gt;{desk}&lt;/b&gt; · operator &lt;b&gt;{operator}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Now: {time} {title}</source>
            <translation>Now: {time} {title}</translation>
        </message>
        <message>
            <source>Today's agenda — {day}</source>
            <translation>Today's agenda — {day}</translation>
        </message>
        <message>
            <source>Agenda — {day}</source>
            <translation>Agenda — {day}</translation>
        </message>
        <message>
            <source>Now: {text}</source>
            <translation>Now: {text}</translation>
        </message>
        <message>
            <source>Backed up: {name}</source>
            <translation>Backed up: {name}</translation>
        </message>
        <message>
            <source>⚠ Backup failed: {message}</source>
            <translation>⚠ Backup failed: {message}</translation>
        </message>
        <message>
            <source>settings changed</source>
            <translation>settings changed</translation>
        </message>
        <message>
            <source>Where the data is changes the next time Desk starts.</source>
            <translation>Where the data is changes the next time Desk starts.</translation>
        </message>
        <message>
            <source>Import participant list</source>
            <translation>Import participant list</translation>
        </message>
        <message>
            <source>Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
            <translation>Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</translation>
        </message>
        <message>
            <source>Export participants</source>
            <translation>Export participants</translation>
        </message>
        <message>
            <source>participants.xlsx</source>
            <translation>participants.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting participants…</source>
            <translation>Exporting participants…</translation>
        </message>
        <message numerus="yes">
            <source>%n participants written to {path}</source>
            <translation>
                <numerusform>%n participant written to {path}</numerusform>
                <numerusform>%n participants written to {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>About Desk</source>
            <translation>About Desk</translation>
        </message>
        <message>
            <source>{app} {version}
Registration desk for {event}.
Database: {path}</source>
            <translation>{app} {version}
Registration desk for {event}.
Database: {path}</translation>
        </message>
        <message>
            <source>Please wait: an import or a print is still running.</source>
            <translation>Please wait: an import or a print is still running.</translation>
        </message>
        <message>
            <source>{name}: {people}, with contact data</source>
            <translation>{name}: {people}, with contact data</translation>
        </message>
        <message numerus="yes">
            <source>+%n more…</source>
            <translation>
                <numerusform>+%n more…</numerusform>
                <numerusform>+%n more…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManifestPanel</name>
        <message>
            <source>All buses</source>
            <translation>All buses</translation>
        </message>
        <message>
            <source>Bus manifest</source>
            <translation>Bus manifest</translation>
        </message>
        <message>
            <source>Save manifest as PDF</source>
            <translation>Save manifest as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Printing the manifest…</source>
            <translation>Printing the manifest…</translation>
        </message>
        <message numerus="yes">
            <source>%n not back yet</source>
            <translation>
                <numerusform>%n not back yet</numerusform>
                <numerusform>%n not back yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>manifest-{which}-{stamp}.pdf</source>
            <translation>manifest-{which}-{stamp}.pdf</translation>
        </message>
        <message numerus="yes">
            <source>Manifest sent to the printer (%n pages).</source>
            <translation>
                <numerusform>Manifest sent to the printer (%n page).</numerusform>
                <numerusform>Manifest sent to the printer (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the manifest…</source>
            <translation>Saving the manifest…</translation>
        </message>
        <message>
            <source>Manifest saved to {path}</source>
            <translation>Manifest saved to {path}</translation>
        </message>
        <message>
            <source>Only not back</source>
            <translation>Only not back</translation>
        </message>
        <message>
            <source>Print manifest…</source>
            <translation>Print manifest…</translation>
        </message>
        <message>
            <source>Save manifest as PDF…</source>
            <translation>Save manifest as PDF…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Bus</source>
            <translation>Bus</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Boarded at</source>
            <translation>Boarded at</translation>
        </message>
        <message>
            <source>Returned at</source>
            <translation>Returned at</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
    </context>
    <context>
        <name>OnlineImportDialog</name>
        <message>
            <source>Import online attendance</source>
            <translation>Import online attendance</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>File: {name}</translation>
        </message>
        <message>
            <source>&amp;Time zone of the file's times:</source>
            <translation>&amp;Time zone of the file's times:</translation>
        </message>
        <message>
            <source>Zoom and Teams write their times without a time zone: they are read in the zone chosen here (the event's: {zone}).</source>
            <translation>Zoom and Teams write their times without a time zone: they are read in the zone chosen here (the event's: {zone}).</translation>
        </message>
        <message>
            <source>Order of the dates in the file</source>
            <translation>Order of the dates in the file</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Connections</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <source>%n connections in the file.</source>
            <translation>
                <numerusform>%n connection in the file.</numerusform>
                <numerusform>%n connections in the file.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the time zone, then Import (Enter).</source>
            <translation>Check the time zone, then Import (Enter).</translation>
        </message>
        <message>
            <source>Choose the order of the dates, check the time zone, then Import.</source>
            <translation>Choose the order of the dates, check the time zone, then Import.</translation>
        </message>
        <message>
            <source>Nothing in the file says whether its dates are day/month or month/day. For example {date}:</source>
            <translation>Nothing in the file says whether its dates are day/month or month/day. For example {date}:</translation>
        </message>
        <message>
            <source>&amp;Day/month: {date}</source>
            <translation>&amp;Day/month: {date}</translation>
        </message>
        <message>
            <source>&amp;Month/day: {date}</source>
            <translation>&amp;Month/day: {date}</translation>
        </message>
        <message>
            <source>(a day of the event)</source>
            <translation>(a day of the event)</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone: choose one from the list.</source>
            <translation>“{zone}” is not a time zone: choose one from the list.</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importing {name}…</translation>
        </message>
        <message>
            <source>Nothing was imported: the database is unchanged.</source>
            <translation>Nothing was imported: the database is unchanged.</translation>
        </message>
        <message>
            <source>Zoom meeting</source>
            <translation>Zoom meeting</translation>
        </message>
        <message>
            <source>Zoom webinar</source>
            <translation>Zoom webinar</translation>
        </message>
        <message>
            <source>Microsoft Teams meeting</source>
            <translation>Microsoft Teams meeting</translation>
        </message>
        <message>
            <source>{source}, file {name}</source>
            <translation>{source}, file {name}</translation>
        </message>
        <message>
            <source>This file was already imported: nothing changed.</source>
            <translation>This file was already imported: nothing changed.</translation>
        </message>
        <message>
            <source>Rows read: {n}</source>
            <translation>Rows read: {n}</translation>
        </message>
        <message>
            <source>Connections: {n}</source>
            <translation>Connections: {n}</translation>
        </message>
        <message>
            <source>Matched to participants: {n}</source>
            <translation>Matched to participants: {n}</translation>
        </message>
        <message>
            <source>To review (nobody found for sure): {n}</source>
            <translation>To review (nobody found for sure): {n}</translation>
        </message>
        <message>
            <source>Not participants: {n}</source>
            <translation>Not participants: {n}</translation>
        </message>
        <message>
            <source>No connection overlaps an agenda item.</source>
            <translation>No connection overlaps an agenda item.</translation>
        </message>
        <message>
            <source>Decide who the unmatched people are in Attendance › Review online attendance.</source>
            <translation>Decide who the unmatched people are in Attendance › Review online attendance.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Review %n unmatched…</source>
            <translation>
                <numerusform>&amp;Review %n unmatched…</numerusform>
                <numerusform>&amp;Review %n unmatched…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OnlineReviewDialog</name>
        <message>
            <source>Who is each of these online connections? Enter: the person chosen below. Ctrl+N: not a participant. Ctrl+Z: undo the last decision. Page Up/Page Down: the previous or next one.</source>
            <translation>Who is each of these online connections? Enter: the person chosen below. Ctrl+N: not a participant. Ctrl+Z: undo the last decision. Page Up/Page Down: the previous or next one.</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Name in the file</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Connections</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>First connection</source>
            <translation>First connection</translation>
        </message>
        <message>
            <source>&amp;Search a participant:</source>
            <translation>&amp;Search a participant:</translation>
        </message>
        <message>
            <source>Name, organisation, e-mail or badge code; empty: Desk's candidates</source>
            <translation>Name, organisation, e-mail or badge code; empty: Desk's candidates</translation>
        </message>
        <message>
            <source>&amp;This is the person (Enter)</source>
            <translation>&amp;This is the person (Enter)</translation>
        </message>
        <message>
            <source>&amp;Not a participant (Ctrl+N)</source>
            <translation>&amp;Not a participant (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Undo the last decision (Ctrl+Z)</source>
            <translation>&amp;Undo the last decision (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Nobody to review: every online connection is decided.</source>
            <translation>Nobody to review: every online connection is decided.</translation>
        </message>
        <message>
            <source>Online attendance to review</source>
            <translation>Online attendance to review</translation>
        </message>
        <message numerus="yes">
            <source>Online attendance to review: %n left</source>
            <translation>
                <numerusform>Online attendance to review: %n left</numerusform>
                <numerusform>Online attendance to review: %n left</numerusform>
            </translation>
        </message>
        <message>
            <source>Who is {who}?</source>
            <translation>Who is {who}?</translation>
        </message>
        <message>
            <source>No participant matches “{query}”.</source>
            <translation>No participant matches “{query}”.</translation>
        </message>
        <message>
            <source>No candidate found: search for the person above.</source>
            <translation>No candidate found: search for the person above.</translation>
        </message>
        <message>
            <source>(cancelled)</source>
            <translation>(cancelled)</translation>
        </message>
        <message>
            <source>“{who}”: not a participant.</source>
            <translation>“{who}”: not a participant.</translation>
        </message>
        <message>
            <source>“{who}” is {name} ({code}).</source>
            <translation>“{who}” is {name} ({code}).</translation>
        </message>
        <message>
            <source>Ctrl+Z undoes it.</source>
            <translation>Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <source>Undone: “{who}” is to review again.</source>
            <translation>Undone: “{who}” is to review again.</translation>
        </message>
    </context>
    <context>
        <name>OnlineRulesDialog</name>
        <message>
            <source>Online attendance and certificate rules</source>
            <translation>Online attendance and certificate rules</translation>
        </message>
        <message>
            <source>Present online at an agenda item</source>
            <translation>Present online at an agenda item</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Connected at least &amp;minutes:</source>
            <translation>Connected at least &amp;minutes:</translation>
        </message>
        <message>
            <source>or this share of the &amp;item:</source>
            <translation>or this share of the &amp;item:</translation>
        </message>
        <message>
            <source>Certificate of attendance</source>
            <translation>Certificate of attendance</translation>
        </message>
        <message>
            <source>These rules are the event's: they are kept in the database, so every desk, the reports and the desk command use them.</source>
            <translation>These rules are the event's: they are kept in the database, so every desk, the reports and the desk command use them.</translation>
        </message>
        <message numerus="yes">
            <source>Somebody counts as present online when their connections overlap the item by at least %n min, or {percent} % of the item when that is less (a 20-minute item: {short}). Rejoins and two devices count once; in the room and online counts as in person.</source>
            <translation>
                <numerusform>Somebody counts as present online when their connections overlap the item by at least %n min, or {percent} % of the item when that is less (a 20-minute item: {short}). Rejoins and two devices count once; in the room and online counts as in person.</numerusform>
                <numerusform>Somebody counts as present online when their connections overlap the item by at least %n min, or {percent} % of the item when that is less (a 20-minute item: {short}). Rejoins and two devices count once; in the room and online counts as in person.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source>Operators and PINs</source>
            <translation>Operators and PINs</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Name as it appears on records</source>
            <translation>Name as it appears on records</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;PIN (4 to 8 digits):</source>
            <translation>&amp;PIN (4 to 8 digits):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN &amp;again:</translation>
        </message>
        <message>
            <source>&amp;Save operator</source>
            <translation>&amp;Save operator</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Voids, reprints, merging people, restores and exports with contact data need a supervisor's PIN.</source>
            <translation>Voids, reprints, merging people, restores and exports with contact data need a supervisor's PIN.</translation>
        </message>
        <message>
            <source>⚠ No supervisor yet: voids, reprints, merging people, restores and exports with contact data are open to everyone at this desk. Add a supervisor first.</source>
            <translation>⚠ No supervisor yet: voids, reprints, merging people, restores and exports with contact data are open to everyone at this desk. Add a supervisor first.</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice.</source>
            <translation>The two PINs differ: type the same PIN twice.</translation>
        </message>
        <message>
            <source>{name}: PIN set, role {role}</source>
            <translation>{name}: PIN set, role {role}</translation>
        </message>
        <message>
            <source>Remove {name} from this desk's operators?</source>
            <translation>Remove {name} from this desk's operators?</translation>
        </message>
        <message>
            <source>{name} is the only supervisor: without one, guarded actions are open to everyone.</source>
            <translation>{name} is the only supervisor: without one, guarded actions are open to everyone.</translation>
        </message>
        <message>
            <source>Remove operator</source>
            <translation>Remove operator</translation>
        </message>
        <message>
            <source>{name} removed</source>
            <translation>{name} removed</translation>
        </message>
        <message>
            <source>Manage operators and PINs</source>
            <translation>Manage operators and PINs</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>&amp;Why is the check-in voided?</source>
            <translation>&amp;Why is the check-in voided?</translation>
        </message>
        <message>
            <source>e.g. wrong person checked in</source>
            <translation>e.g. wrong person checked in</translation>
        </message>
        <message>
            <source>&amp;Void check-in</source>
            <translation>&amp;Void check-in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Country:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <source>Attendance:</source>
            <translation>Attendance:</translation>
        </message>
        <message>
            <source>Registration:</source>
            <translation>Registration:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Badges printed:</source>
            <translation>Badges printed:</translation>
        </message>
        <message>
            <source>Other fields from the list</source>
            <translation>Other fields from the list</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Check &amp;in</source>
            <translation>Check &amp;in</translation>
        </message>
        <message>
            <source>&amp;Void check-in…</source>
            <translation>&amp;Void check-in…</translation>
        </message>
        <message>
            <source>&amp;Print badge…</source>
            <translation>&amp;Print badge…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>This participant no longer exists.</source>
            <translation>This participant no longer exists.</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Badge code</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Pre-registered</source>
            <translation>Pre-registered</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>✔ Checked in at {time} · {desk} · by {operator}</source>
            <translation>✔ Checked in at {time} · {desk} · by {operator}</translation>
        </message>
        <message>
            <source>⛔ Registration cancelled · not checked in</source>
            <translation>⛔ Registration cancelled · not checked in</translation>
        </message>
        <message>
            <source>Not checked in · registered online</source>
            <translation>Not checked in · registered online</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Not checked in</translation>
        </message>
        <message>
            <source>Check-in (voided)</source>
            <translation>Check-in (voided)</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Badge print</source>
            <translation>Badge print</translation>
        </message>
        <message>
            <source>Door scan</source>
            <translation>Door scan</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>History: no check-in, badge print or door scan yet</source>
            <translation>History: no check-in, badge print or door scan yet</translation>
        </message>
        <message>
            <source>Registration cancelled: edit the status first.</source>
            <translation>Registration cancelled: edit the status first.</translation>
        </message>
        <message>
            <source>Registered online</source>
            <translation>Registered online</translation>
        </message>
        <message>
            <source>{name} registered to attend online. Check them in as here in person?</source>
            <translation>{name} registered to attend online. Check them in as here in person?</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Given and family names split right? Alt+↑ / Alt+↓ moves a word between them.</source>
            <translation>Given and family names split right? Alt+↑ / Alt+↓ moves a word between them.</translation>
        </message>
        <message>
            <source>&amp;In person</source>
            <translation>&amp;In person</translation>
        </message>
        <message>
            <source>O&amp;nline</source>
            <translation>O&amp;nline</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Given name:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Family name:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Country:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>C&amp;ategory:</translation>
        </message>
        <message>
            <source>Attendance:</source>
            <translation>Attendance:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Badge code</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
    </context>
    <context>
        <name>PdfFolderRow</name>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Folder for badge PDF files</source>
            <translation>Folder for badge PDF files</translation>
        </message>
    </context>
    <context>
        <name>PrintSettingsDialog</name>
        <message>
            <source>Badge printing settings</source>
            <translation>Badge printing settings</translation>
        </message>
        <message>
            <source>After a check-in or walk-in registration</source>
            <translation>After a check-in or walk-in registration</translation>
        </message>
        <message>
            <source>&amp;Never print a badge (Ctrl+P prints one)</source>
            <translation>&amp;Never print a badge (Ctrl+P prints one)</translation>
        </message>
        <message>
            <source>&amp;Offer it in the result panel: F5 prints, the next scan means no</source>
            <translation>&amp;Offer it in the result panel: F5 prints, the next scan means no</translation>
        </message>
        <message>
            <source>Print the badge at &amp;once</source>
            <translation>Print the badge at &amp;once</translation>
        </message>
        <message>
            <source>Only if the person has no badge printed &amp;yet</source>
            <translation>Only if the person has no badge printed &amp;yet</translation>
        </message>
        <message>
            <source>Nothing ever opens a window after a scan: the next person's badge can be scanned at once.</source>
            <translation>Nothing ever opens a window after a scan: the next person's badge can be scanned at once.</translation>
        </message>
        <message>
            <source>System default printer ({name})</source>
            <translation>System default printer ({name})</translation>
        </message>
        <message>
            <source>System default printer (none is set)</source>
            <translation>System default printer (none is set)</translation>
        </message>
        <message>
            <source>{name} (not available)</source>
            <translation>{name} (not available)</translation>
        </message>
        <message>
            <source>PDF files in a folder</source>
            <translation>PDF files in a folder</translation>
        </message>
        <message>
            <source>PDF &amp;folder:</source>
            <translation>PDF &amp;folder:</translation>
        </message>
        <message>
            <source>No printer is installed on this computer: choose “PDF files in a folder”.</source>
            <translation>No printer is installed on this computer: choose “PDF files in a folder”.</translation>
        </message>
        <message>
            <source>&amp;Printer:</source>
            <translation>&amp;Printer:</translation>
        </message>
        <message>
            <source>Badge &amp;layout:</source>
            <translation>Badge &amp;layout:</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Pre&amp;view…</translation>
        </message>
        <message>
            <source>Import participants first.</source>
            <translation>Import participants first.</translation>
        </message>
    </context>
    <context>
        <name>PrintingFields</name>
        <message>
            <source>badges</source>
            <translation>badges</translation>
        </message>
        <message>
            <source>not a folder</source>
            <translation>not a folder</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be used: {reason}.</source>
            <translation>The folder {folder} cannot be used: {reason}.</translation>
        </message>
        <message>
            <source>The system's default printer</source>
            <translation>The system's default printer</translation>
        </message>
        <message>
            <source>{name} (not available)</source>
            <translation>{name} (not available)</translation>
        </message>
        <message>
            <source>No printer: PDF files in a folder</source>
            <translation>No printer: PDF files in a folder</translation>
        </message>
        <message>
            <source>Print the badge at once</source>
            <translation>Print the badge at once</translation>
        </message>
        <message>
            <source>Offer it in the result panel: F5 prints, the next scan means no</source>
            <translation>Offer it in the result panel: F5 prints, the next scan means no</translation>
        </message>
        <message>
            <source>Never print a badge</source>
            <translation>Never print a badge</translation>
        </message>
        <message>
            <source>&amp;Printer:</source>
            <translation>&amp;Printer:</translation>
        </message>
        <message>
            <source>PDF &amp;folder:</source>
            <translation>PDF &amp;folder:</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Bro&amp;wse…</translation>
        </message>
        <message>
            <source>Badge &amp;layout:</source>
            <translation>Badge &amp;layout:</translation>
        </message>
        <message>
            <source>After a &amp;check-in:</source>
            <translation>After a &amp;check-in:</translation>
        </message>
        <message>
            <source>Only if the person has no badge printed &amp;yet</source>
            <translation>Only if the person has no badge printed &amp;yet</translation>
        </message>
        <message>
            <source>No printer is installed on this computer: each badge is saved as a PDF file in the folder below (made if missing), to print elsewhere.</source>
            <translation>No printer is installed on this computer: each badge is saved as a PDF file in the folder below (made if missing), to print elsewhere.</translation>
        </message>
        <message>
            <source>Folder for the badge PDF files</source>
            <translation>Folder for the badge PDF files</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Files of type:</source>
            <translation>Files of type:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>All Files (*)</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 already exists.
Do you want to replace it?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
File not found.
Please verify the correct file name was given.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Directory:</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Directories</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Parent Directory</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Go to the parent directory</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Find Directory</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Invalid filename</source>
            <translation>Invalid filename</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print To File ...</source>
            <translation>Print To File ...</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 is a directory.
Please choose a different file name.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>File %1 is not writable.
Please choose a different file name.</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Output &amp;file:</source>
            <translation>Output &amp;file:</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>PgUp</source>
            <translation>PgUp</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>PgDown</translation>
        </message>
    </context>
    <context>
        <name>RecentScans</name>
        <message>
            <source>Last scans (click to open)</source>
            <translation>Last scans (click to open)</translation>
        </message>
        <message>
            <source>Not read: “{text}” (dropped)</source>
            <translation>Not read: “{text}” (dropped)</translation>
        </message>
    </context>
    <context>
        <name>ReportOptionsDialog</name>
        <message>
            <source>Attendance report</source>
            <translation>Attendance report</translation>
        </message>
        <message>
            <source>The whole event</source>
            <translation>The whole event</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx): summary, each item, matrix</source>
            <translation>Excel workbook (.xlsx): summary, each item, matrix</translation>
        </message>
        <message>
            <source>CSV for Excel (.csv): participant × item matrix</source>
            <translation>CSV for Excel (.csv): participant × item matrix</translation>
        </message>
        <message>
            <source>One-page PDF summary with charts (.pdf)</source>
            <translation>One-page PDF summary with charts (.pdf)</translation>
        </message>
        <message>
            <source>Leave out e-mail addresses and phone numbers</source>
            <translation>Leave out e-mail addresses and phone numbers</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
    </context>
    <context>
        <name>ReprintDialog</name>
        <message>
            <source>Print the badge again</source>
            <translation>Print the badge again</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; already has a badge. Why print another one?</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; already has a badge. Why print another one?</translation>
        </message>
        <message numerus="yes">
            <source>Already have a badge: %n of these people. Why print them again?</source>
            <translation>
                <numerusform>Already has a badge: %n of these people. Why print it again?</numerusform>
                <numerusform>Already have a badge: %n of these people. Why print them again?</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lost: the badge was lost or forgotten</source>
            <translation>&amp;Lost: the badge was lost or forgotten</translation>
        </message>
        <message>
            <source>&amp;Damaged: the badge is torn, wet or unreadable</source>
            <translation>&amp;Damaged: the badge is torn, wet or unreadable</translation>
        </message>
        <message>
            <source>&amp;Correction: the details on the badge were wrong</source>
            <translation>&amp;Correction: the details on the badge were wrong</translation>
        </message>
        <message>
            <source>&amp;Print again</source>
            <translation>&amp;Print again</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Backups of this desk's database, newest first (times are the event's local time). Choose one with ↑/↓ and press Enter.</source>
            <translation>Backups of this desk's database, newest first (times are the event's local time). Choose one with ↑/↓ and press Enter.</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Taken at</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>No backups yet in {folder}.</source>
            <translation>No backups yet in {folder}.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Restore &amp;this backup</source>
            <translation>Restore &amp;this backup</translation>
        </message>
        <message>
            <source>Restore the backup of {when} ({kind})?

The current database is kept aside as {aside} (nothing is deleted), and a backup of it is made first.

Check-ins made after {when} will not be in the restored database.</source>
            <translation>Restore the backup of {when} ({kind})?

The current database is kept aside as {aside} (nothing is deleted), and a backup of it is made first.

Check-ins made after {when} will not be in the restored database.</translation>
        </message>
        <message>
            <source>This backup holds {people}; checked in: {checked}.</source>
            <translation>This backup holds {people}; checked in: {checked}.</translation>
        </message>
    </context>
    <context>
        <name>Scanning</name>
        <message>
            <source>Ca&amp;mera scanning</source>
            <translation>Ca&amp;mera scanning</translation>
        </message>
        <message>
            <source>&amp;Kiosk mode (self check-in)…</source>
            <translation>&amp;Kiosk mode (self check-in)…</translation>
        </message>
        <message>
            <source>Start the kiosk mode</source>
            <translation>Start the kiosk mode</translation>
        </message>
        <message>
            <source>{kiosk}: sent to the desk ({reason})</source>
            <translation>{kiosk}: sent to the desk ({reason})</translation>
        </message>
        <message>
            <source>kiosk</source>
            <translation>kiosk</translation>
        </message>
    </context>
    <context>
        <name>ServerFollower</name>
        <message>
            <source>Connected to the server again.</source>
            <translation>Connected to the server again.</translation>
        </message>
        <message>
            <source>Sent to the server</source>
            <translation>Sent to the server</translation>
        </message>
        <message>
            <source>No connection to the server: saving on this computer</source>
            <translation>No connection to the server: saving on this computer</translation>
        </message>
        <message>
            <source>Sent to the server what was saved without a connection: {counts}.</source>
            <translation>Sent to the server what was saved without a connection: {counts}.</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n conflicts found when sending to the server: show…</source>
            <translation>
                <numerusform>⚠ %n conflict found when sending to the server: show…</numerusform>
                <numerusform>⚠ %n conflicts found when sending to the server: show…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records waiting to be sent; they go as soon as the server answers. Reason: {reason}</source>
            <translation>
                <numerusform>%n record waiting to be sent; it goes as soon as the server answers. Reason: {reason}</numerusform>
                <numerusform>%n records waiting to be sent; they go as soon as the server answers. Reason: {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>Server: {url}
Reason: {reason}
Saved meanwhile in: {path}</source>
            <translation>Server: {url}
Reason: {reason}
Saved meanwhile in: {path}</translation>
        </message>
        <message>
            <source>Server: {url}</source>
            <translation>Server: {url}</translation>
        </message>
        <message>
            <source>This desk's own file (used while the server does not answer): {path}</source>
            <translation>This desk's own file (used while the server does not answer): {path}</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>File: {path}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>This desk</source>
            <translation>This desk</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>&amp;Desk name:</source>
            <translation>&amp;Desk name:</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operator:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Lan&amp;guage:</translation>
        </message>
        <message>
            <source>Badge printing</source>
            <translation>Badge printing</translation>
        </message>
        <message>
            <source>Backups and sync</source>
            <translation>Backups and sync</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Automatic &amp;backup every:</source>
            <translation>Automatic &amp;backup every:</translation>
        </message>
        <message>
            <source>None: sync by files on a USB stick</source>
            <translation>None: sync by files on a USB stick</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>&amp;Shared sync folder:</source>
            <translation>&amp;Shared sync folder:</translation>
        </message>
        <message>
            <source>Where the data is</source>
            <translation>Where the data is</translation>
        </message>
        <message>
            <source>Now: server {url}.</source>
            <translation>Now: server {url}.</translation>
        </message>
        <message>
            <source>Now: the file {path}.</source>
            <translation>Now: the file {path}.</translation>
        </message>
        <message>
            <source>A change takes effect the next time Desk starts (a database given on the command line or in DESK_DB comes first).</source>
            <translation>A change takes effect the next time Desk starts (a database given on the command line or in DESK_DB comes first).</translation>
        </message>
        <message>
            <source>Camera and sounds (this computer)</source>
            <translation>Camera and sounds (this computer)</translation>
        </message>
        <message>
            <source>The system's default camera</source>
            <translation>The system's default camera</translation>
        </message>
        <message>
            <source>The camera chosen before (not connected)</source>
            <translation>The camera chosen before (not connected)</translation>
        </message>
        <message>
            <source>C&amp;amera:</source>
            <translation>C&amp;amera:</translation>
        </message>
        <message>
            <source>No camera is connected to this computer now.</source>
            <translation>No camera is connected to this computer now.</translation>
        </message>
        <message>
            <source>&amp;Mute the sounds</source>
            <translation>&amp;Mute the sounds</translation>
        </message>
        <message>
            <source>Sou&amp;nd volume:</source>
            <translation>Sou&amp;nd volume:</translation>
        </message>
        <message>
            <source>Enter the desk's name.</source>
            <translation>Enter the desk's name.</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Enter your name.</translation>
        </message>
        <message>
            <source>The sync folder {folder} does not exist (is the network drive connected?).</source>
            <translation>The sync folder {folder} does not exist (is the network drive connected?).</translation>
        </message>
        <message>
            <source>This server cannot be used: see the message under its address.</source>
            <translation>This server cannot be used: see the message under its address.</translation>
        </message>
        <message>
            <source>Shared sync folder</source>
            <translation>Shared sync folder</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up this desk</source>
            <translation>Set up this desk</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Choose your name and type your PIN, then press Enter.</source>
            <translation>Choose your name and type your PIN, then press Enter.</translation>
        </message>
        <message>
            <source>Type your name, then press Enter. Every record carries it.</source>
            <translation>Type your name, then press Enter. Every record carries it.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Enter your name.</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>Who is at this desk?</source>
            <translation>Who is at this desk?</translation>
        </message>
        <message>
            <source>Every check-in records the desk and the operator. Press Enter to confirm.</source>
            <translation>Every check-in records the desk and the operator. Press Enter to confirm.</translation>
        </message>
        <message>
            <source>For example: Desk 1 – lobby</source>
            <translation>For example: Desk 1 – lobby</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>&amp;Desk name:</source>
            <translation>&amp;Desk name:</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operator:</translation>
        </message>
        <message>
            <source>Enter both the desk name and your name.</source>
            <translation>Enter both the desk name and your name.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPinDialog</name>
        <message>
            <source>Supervisor's PIN</source>
            <translation>Supervisor's PIN</translation>
        </message>
        <message>
            <source>&lt;b&gt;{action}&lt;/b&gt; needs a supervisor's PIN.</source>
            <translation>&lt;b&gt;{action}&lt;/b&gt; needs a supervisor's PIN.</translation>
        </message>
        <message>
            <source>Supervisor's &amp;PIN:</source>
            <translation>Supervisor's &amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Authorise</source>
            <translation>&amp;Authorise</translation>
        </message>
        <message>
            <source>Void a check-in</source>
            <translation>Void a check-in</translation>
        </message>
        <message>
            <source>Print a badge again</source>
            <translation>Print a badge again</translation>
        </message>
        <message>
            <source>Merge two participants</source>
            <translation>Merge two participants</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Export with e-mail addresses and phone numbers</source>
            <translation>Export with e-mail addresses and phone numbers</translation>
        </message>
    </context>
    <context>
        <name>SyncMenu</name>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ync</translation>
        </message>
        <message>
            <source>Sync &amp;now with {folder}</source>
            <translation>Sync &amp;now with {folder}</translation>
        </message>
        <message>
            <source>Sync &amp;now with a shared folder…</source>
            <translation>Sync &amp;now with a shared folder…</translation>
        </message>
        <message>
            <source>Choose the shared &amp;folder…</source>
            <translation>Choose the shared &amp;folder…</translation>
        </message>
        <message>
            <source>&amp;Export this desk's file…</source>
            <translation>&amp;Export this desk's file…</translation>
        </message>
        <message>
            <source>&amp;Import other desks' files…</source>
            <translation>&amp;Import other desks' files…</translation>
        </message>
        <message>
            <source>&amp;Attendance report…</source>
            <translation>&amp;Attendance report…</translation>
        </message>
        <message>
            <source>Shared folder for the desks' files</source>
            <translation>Shared folder for the desks' files</translation>
        </message>
        <message>
            <source>Syncing with {folder}…</source>
            <translation>Syncing with {folder}…</translation>
        </message>
        <message>
            <source>Sync with the shared folder</source>
            <translation>Sync with the shared folder</translation>
        </message>
        <message>
            <source>Export this desk's file</source>
            <translation>Export this desk's file</translation>
        </message>
        <message>
            <source>Desk files (*{suffix})</source>
            <translation>Desk files (*{suffix})</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Writing {name}…</translation>
        </message>
        <message>
            <source>{name}: {counts} written.</source>
            <translation>{name}: {counts} written.</translation>
        </message>
        <message numerus="yes">
            <source>Checking and merging %n files…</source>
            <translation>
                <numerusform>Checking and merging %n file…</numerusform>
                <numerusform>Checking and merging %n files…</numerusform>
            </translation>
        </message>
        <message>
            <source>Import other desks' files</source>
            <translation>Import other desks' files</translation>
        </message>
        <message>
            <source>Desk files imported</source>
            <translation>Desk files imported</translation>
        </message>
        <message>
            <source>attendance-{day}</source>
            <translation>attendance-{day}</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>attendance</translation>
        </message>
        <message>
            <source>Attendance report</source>
            <translation>Attendance report</translation>
        </message>
        <message>
            <source>Writing the attendance report…</source>
            <translation>Writing the attendance report…</translation>
        </message>
        <message>
            <source>Attendance report written: {path}</source>
            <translation>Attendance report written: {path}</translation>
        </message>
    </context>
    <context>
        <name>SyncReportDialog</name>
        <message>
            <source>Look at likely duplicates…</source>
            <translation>Look at likely duplicates…</translation>
        </message>
    </context>
    <context>
        <name>TaskContext</name>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Cancelled: nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a certificate</source>
            <translation>Verify a certificate</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>Scan the QR code or type the code</source>
            <translation>Scan the QR code or type the code</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verify</translation>
        </message>
        <message>
            <source>Badge code: {code}</source>
            <translation>Badge code: {code}</translation>
        </message>
        <message>
            <source>Meets the rule today: {rule}.</source>
            <translation>Meets the rule today: {rule}.</translation>
        </message>
        <message>
            <source>Does not meet the rule today: {rule}.</source>
            <translation>Does not meet the rule today: {rule}.</translation>
        </message>
        <message numerus="yes">
            <source>Attended: %n in person</source>
            <translation>
                <numerusform>Attended: %n in person</numerusform>
                <numerusform>Attended: %n in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online</source>
            <translation>
                <numerusform>%n online</numerusform>
                <numerusform>%n online</numerusform>
            </translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>in person</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Walk-in registration</source>
            <translation>Walk-in registration</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>New participant</translation>
        </message>
        <message>
            <source>Registered and checked in at once. Given and family name are required. Save: Enter or Ctrl+S · Cancel: Esc.</source>
            <translation>Registered and checked in at once. Given and family name are required. Save: Enter or Ctrl+S · Cancel: Esc.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Save and check in</source>
            <translation>&amp;Save and check in</translation>
        </message>
        <message>
            <source>Possible existing participants</source>
            <translation>Possible existing participants</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Badge code</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>&amp;Back to the form</translation>
        </message>
        <message>
            <source>&amp;Register as new anyway</source>
            <translation>&amp;Register as new anyway</translation>
        </message>
        <message>
            <source>&amp;Use this person</source>
            <translation>&amp;Use this person</translation>
        </message>
        <message>
            <source>“{typed}” may already be registered. Ask the person: if one of these is them, use it (↑/↓, then Enter).</source>
            <translation>“{typed}” may already be registered. Ask the person: if one of these is them, use it (↑/↓, then Enter).</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Yes, {time}</source>
            <translation>Yes, {time}</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>_PrintingPage</name>
        <message>
            <source>Badge printing</source>
            <translation>Badge printing</translation>
        </message>
        <message>
            <source>The printer and badge layout of this desk; you can change them later.</source>
            <translation>The printer and badge layout of this desk; you can change them later.</translation>
        </message>
    </context>
    <context>
        <name>_StartPage</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>What should this desk start with?</source>
            <translation>What should this desk start with?</translation>
        </message>
        <message>
            <source>&amp;Import a participant list (CSV or Excel)</source>
            <translation>&amp;Import a participant list (CSV or Excel)</translation>
        </message>
        <message>
            <source>&amp;Load another desk's file (.desk)</source>
            <translation>&amp;Load another desk's file (.desk)</translation>
        </message>
        <message>
            <source>&amp;Try sample data (made-up participants)</source>
            <translation>&amp;Try sample data (made-up participants)</translation>
        </message>
        <message>
            <source>Start &amp;empty (walk-in registrations only)</source>
            <translation>Start &amp;empty (walk-in registrations only)</translation>
        </message>
        <message>
            <source>The list's file</source>
            <translation>The list's file</translation>
        </message>
        <message>
            <source>The desk file</source>
            <translation>The desk file</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>Ch&amp;oose…</translation>
        </message>
        <message>
            <source> participants</source>
            <translation> participants</translation>
        </message>
        <message>
            <source>Sample data is for trying Desk: start the event itself with a new database.</source>
            <translation>Sample data is for trying Desk: start the event itself with a new database.</translation>
        </message>
        <message>
            <source>Press Enter to finish.</source>
            <translation>Press Enter to finish.</translation>
        </message>
        <message>
            <source>Import participant list</source>
            <translation>Import participant list</translation>
        </message>
        <message>
            <source>Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
            <translation>Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</translation>
        </message>
        <message>
            <source>Load another desk's file</source>
            <translation>Load another desk's file</translation>
        </message>
        <message>
            <source>Desk files (*.desk);;All files (*)</source>
            <translation>Desk files (*.desk);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>_WhoPage</name>
        <message>
            <source>Where this desk keeps its data:</source>
            <translation>Where this desk keeps its data:</translation>
        </message>
        <message>
            <source>Welcome to Desk</source>
            <translation>Welcome to Desk</translation>
        </message>
        <message>
            <source>Three short steps. Press Enter to go on.</source>
            <translation>Three short steps. Press Enter to go on.</translation>
        </message>
        <message>
            <source>Every check-in records the desk and the operator. Choose the language, name this desk and write your name.</source>
            <translation>Every check-in records the desk and the operator. Choose the language, name this desk and write your name.</translation>
        </message>
        <message>
            <source>&amp;Desk name:</source>
            <translation>&amp;Desk name:</translation>
        </message>
        <message>
            <source>For example: Desk 1 – lobby</source>
            <translation>For example: Desk 1 – lobby</translation>
        </message>
        <message>
            <source>Required: this desk's name in the reports and in other desks' files.</source>
            <translation>Required: this desk's name in the reports and in other desks' files.</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operator:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>The server saved in the settings cannot be used: {reason}</source>
            <translation>The server saved in the settings cannot be used: {reason}</translation>
        </message>
        <message>
            <source>Open this computer's own file instead (one desk)? Its data is not the server's. Settings… changes the server for the next start.</source>
            <translation>Open this computer's own file instead (one desk)? Its data is not the server's. Settings… changes the server for the next start.</translation>
        </message>
    </context>
    <context>
        <name>attendance</name>
        <message>
            <source>This scan no longer exists.</source>
            <translation>This scan no longer exists.</translation>
        </message>
        <message>
            <source>This scan was already undone.</source>
            <translation>This scan was already undone.</translation>
        </message>
        <message>
            <source>Scan undone at the door</source>
            <translation>Scan undone at the door</translation>
        </message>
        <message>
            <source>BOARDED at {time}</source>
            <translation>BOARDED at {time}</translation>
        </message>
        <message>
            <source>ENTRY RECORDED at {time}</source>
            <translation>ENTRY RECORDED at {time}</translation>
        </message>
        <message>
            <source>BACK at {time}</source>
            <translation>BACK at {time}</translation>
        </message>
        <message>
            <source>EXIT RECORDED at {time}</source>
            <translation>EXIT RECORDED at {time}</translation>
        </message>
        <message>
            <source>No boarding was scanned for this person.</source>
            <translation>No boarding was scanned for this person.</translation>
        </message>
        <message>
            <source>No entry was scanned for this person.</source>
            <translation>No entry was scanned for this person.</translation>
        </message>
        <message>
            <source>ALREADY ON BOARD since {time}</source>
            <translation>ALREADY ON BOARD since {time}</translation>
        </message>
        <message>
            <source>ALREADY INSIDE since {time}</source>
            <translation>ALREADY INSIDE since {time}</translation>
        </message>
        <message>
            <source>ALREADY BACK since {time}</source>
            <translation>ALREADY BACK since {time}</translation>
        </message>
        <message>
            <source>ALREADY LEFT at {time}</source>
            <translation>ALREADY LEFT at {time}</translation>
        </message>
        <message>
            <source>THIS ITEM IS OVER: record anyway?</source>
            <translation>THIS ITEM IS OVER: record anyway?</translation>
        </message>
        <message>
            <source>THIS ITEM HAS NOT STARTED: record anyway?</source>
            <translation>THIS ITEM HAS NOT STARTED: record anyway?</translation>
        </message>
        <message>
            <source>REGISTRATION CANCELLED: not recorded</source>
            <translation>REGISTRATION CANCELLED: not recorded</translation>
        </message>
        <message>
            <source>Not checked in at the desk yet: send them to registration.</source>
            <translation>Not checked in at the desk yet: send them to registration.</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>backup</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>restore</translation>
        </message>
        <message>
            <source>desk file written</source>
            <translation>desk file written</translation>
        </message>
        <message>
            <source>desk files merged</source>
            <translation>desk files merged</translation>
        </message>
        <message>
            <source>sign-in</source>
            <translation>sign-in</translation>
        </message>
        <message>
            <source>sign-out</source>
            <translation>sign-out</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>settings</translation>
        </message>
        <message>
            <source>operators</source>
            <translation>operators</translation>
        </message>
        <message>
            <source>supervisor approval</source>
            <translation>supervisor approval</translation>
        </message>
        <message>
            <source>participant edited</source>
            <translation>participant edited</translation>
        </message>
        <message>
            <source>online attendance imported</source>
            <translation>online attendance imported</translation>
        </message>
        <message>
            <source>online attendance matched</source>
            <translation>online attendance matched</translation>
        </message>
        <message>
            <source>certificates of attendance</source>
            <translation>certificates of attendance</translation>
        </message>
        <message>
            <source>kiosk: sent to the desk</source>
            <translation>kiosk: sent to the desk</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>check-in</translation>
        </message>
        <message>
            <source>void</source>
            <translation>void</translation>
        </message>
        <message>
            <source>door scan</source>
            <translation>door scan</translation>
        </message>
        <message>
            <source>badge print</source>
            <translation>badge print</translation>
        </message>
        <message>
            <source>merge of participants</source>
            <translation>merge of participants</translation>
        </message>
        <message>
            <source>reprint</source>
            <translation>reprint</translation>
        </message>
        <message>
            <source>export with contact data</source>
            <translation>export with contact data</translation>
        </message>
        <message>
            <source>absorbed {name}</source>
            <translation>absorbed {name}</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>out</source>
            <translation>out</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>made by hand</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>before a merge</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <source>{path} is not a Desk database.</source>
            <translation>{path} is not a Desk database.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Cannot read {path}: {reason}</translation>
        </message>
        <message>
            <source>{path} is not a database (damaged or another kind of file).</source>
            <translation>{path} is not a database (damaged or another kind of file).</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} is damaged: {problem}</translation>
        </message>
        <message>
            <source>Cannot write a backup in {folder}: {reason}</source>
            <translation>Cannot write a backup in {folder}: {reason}</translation>
        </message>
        <message>
            <source>Backup not made: the disk holding {folder} is almost full ({free} MB free). Free some space: check-ins need it too.</source>
            <translation>Backup not made: the disk holding {folder} is almost full ({free} MB free). Free some space: check-ins need it too.</translation>
        </message>
        <message>
            <source>Backup not made in {folder}: {reason}</source>
            <translation>Backup not made in {folder}: {reason}</translation>
        </message>
        <message>
            <source>There is no backup file {path}.</source>
            <translation>There is no backup file {path}.</translation>
        </message>
        <message>
            <source>{path} is damaged: it changed since the backup was made (checksum differs).</source>
            <translation>{path} is damaged: it changed since the backup was made (checksum differs).</translation>
        </message>
        <message>
            <source>{path} was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk to restore it.</source>
            <translation>{path} was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk to restore it.</translation>
        </message>
        <message>
            <source>{path} belongs to the event {found}, not to {expected}: not restored.</source>
            <translation>{path} belongs to the event {found}, not to {expected}: not restored.</translation>
        </message>
        <message>
            <source>{path} is a backup of another desk ({name}). To bring its check-ins into this desk, use a sync export and import instead.</source>
            <translation>{path} is a backup of another desk ({name}). To bring its check-ins into this desk, use a sync export and import instead.</translation>
        </message>
        <message>
            <source>The database {path} is still open (in a Desk window or a desk command). Close it and try again; nothing was changed.</source>
            <translation>The database {path} is still open (in a Desk window or a desk command). Close it and try again; nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is the database itself, not a backup.</source>
            <translation>{path} is the database itself, not a backup.</translation>
        </message>
        <message>
            <source>The copy of {path} differs from it; nothing was changed.</source>
            <translation>The copy of {path} differs from it; nothing was changed.</translation>
        </message>
        <message>
            <source>Restore failed: {reason}. The database in place is {path}.</source>
            <translation>Restore failed: {reason}. The database in place is {path}.</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>No backups yet in {folder}.</source>
            <translation>No backups yet in {folder}.</translation>
        </message>
        <message>
            <source>Backups in {folder}:</source>
            <translation>Backups in {folder}:</translation>
        </message>
        <message>
            <source>contents unknown</source>
            <translation>contents unknown</translation>
        </message>
        <message>
            <source>Restored {backup} into {path}.</source>
            <translation>Restored {backup} into {path}.</translation>
        </message>
        <message>
            <source>The database that was in place is kept as {path}.</source>
            <translation>The database that was in place is kept as {path}.</translation>
        </message>
        <message>
            <source>A backup of it: {path}</source>
            <translation>A backup of it: {path}</translation>
        </message>
        <message>
            <source>This desk works on the server: its file follows the server, so restoring it changes nothing. To go back to a backup of the server, restore the server (README: "When the server laptop dies").</source>
            <translation>This desk works on the server: its file follows the server, so restoring it changes nothing. To go back to a backup of the server, restore the server (README: "When the server laptop dies").</translation>
        </message>
    </context>
    <context>
        <name>badges</name>
        <message>
            <source>{file}: {field}: {problem}</source>
            <translation>{file}: {field}: {problem}</translation>
        </message>
        <message>
            <source>must be an object ({...})</source>
            <translation>must be an object ({...})</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>is missing</translation>
        </message>
        <message>
            <source>{value!r} is not a number</source>
            <translation>{value!r} is not a number</translation>
        </message>
        <message>
            <source>{value} is less than {minimum}</source>
            <translation>{value} is less than {minimum}</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>must be a non-empty text</translation>
        </message>
        <message>
            <source>Badge layout not found: {path}</source>
            <translation>Badge layout not found: {path}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>line {line}</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>not valid JSON ({reason})</translation>
        </message>
        <message>
            <source>must be {format}</source>
            <translation>must be {format}</translation>
        </message>
        <message>
            <source>the badges are wider than the page</source>
            <translation>the badges are wider than the page</translation>
        </message>
        <message>
            <source>the badges are taller than the page</source>
            <translation>the badges are taller than the page</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <source>min_pt is larger than max_pt</source>
            <translation>min_pt is larger than max_pt</translation>
        </message>
        <message>
            <source>the box goes past the badge's edge</source>
            <translation>the box goes past the badge's edge</translation>
        </message>
        <message>
            <source>the box leaves the safe area</source>
            <translation>the box leaves the safe area</translation>
        </message>
        <message>
            <source>unknown box</source>
            <translation>unknown box</translation>
        </message>
        <message>
            <source>Unknown badge format {id}; known: {known}.</source>
            <translation>Unknown badge format {id}; known: {known}.</translation>
        </message>
        <message>
            <source>first print</source>
            <translation>first print</translation>
        </message>
        <message>
            <source>reprint: lost</source>
            <translation>reprint: lost</translation>
        </message>
        <message>
            <source>reprint: damaged</source>
            <translation>reprint: damaged</translation>
        </message>
        <message>
            <source>reprint: correction</source>
            <translation>reprint: correction</translation>
        </message>
        <message>
            <source>This person already has a badge: a reprint needs a reason (lost, damaged or correction).</source>
            <translation>This person already has a badge: a reprint needs a reason (lost, damaged or correction).</translation>
        </message>
        <message numerus="yes">
            <source>%n badges</source>
            <translation>
                <numerusform>%n badge</numerusform>
                <numerusform>%n badges</numerusform>
            </translation>
        </message>
        <message>
            <source>{event} — badges</source>
            <translation>{event} — badges</translation>
        </message>
    </context>
    <context>
        <name>certificates</name>
        <message>
            <source>{path} is a folder: give a file name such as certificates.pdf, or ask for one file per person.</source>
            <translation>{path} is a folder: give a file name such as certificates.pdf, or ask for one file per person.</translation>
        </message>
        <message>
            <source>{path} is a file: one file per person needs a folder.</source>
            <translation>{path} is a file: one file per person needs a folder.</translation>
        </message>
        <message>
            <source>The language of a certificate is es or en, not {lang}.</source>
            <translation>The language of a certificate is es or en, not {lang}.</translation>
        </message>
        <message>
            <source>Valid certificate: {name}</source>
            <translation>Valid certificate: {name}</translation>
        </message>
        <message>
            <source>Invalid: “{text}” is not a certificate code (16 symbols, a dash, 6 symbols).</source>
            <translation>Invalid: “{text}” is not a certificate code (16 symbols, a dash, 6 symbols).</translation>
        </message>
        <message>
            <source>Invalid: no participant of this event has the code {code}.</source>
            <translation>Invalid: no participant of this event has the code {code}.</translation>
        </message>
        <message>
            <source>Invalid: {code} was not issued by Desk (a symbol is wrong, or it was made up).</source>
            <translation>Invalid: {code} was not issued by Desk (a symbol is wrong, or it was made up).</translation>
        </message>
        <message>
            <source>Invalid: the registration of {name} was cancelled.</source>
            <translation>Invalid: the registration of {name} was cancelled.</translation>
        </message>
        <message>
            <source>Invalid: this registration of {name} was merged into another; their certificate has the code of {code}.</source>
            <translation>Invalid: this registration of {name} was merged into another; their certificate has the code of {code}.</translation>
        </message>
        <message numerus="yes">
            <source>{target}: %n certificates ({rule})</source>
            <translation>
                <numerusform>{target}: %n certificate ({rule})</numerusform>
                <numerusform>{target}: %n certificates ({rule})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <source>No data yet</source>
            <translation>No data yet</translation>
        </message>
        <message>
            <source>Attendance per agenda item (people)</source>
            <translation>Attendance per agenda item (people)</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>In person: checked in / registered</source>
            <translation>In person: checked in / registered</translation>
        </message>
        <message>
            <source>Checked in / registered</source>
            <translation>Checked in / registered</translation>
        </message>
        <message>
            <source>Everybody</source>
            <translation>Everybody</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message numerus="yes">
            <source>Arrivals: check-ins per %n minutes</source>
            <translation>
                <numerusform>Arrivals: check-ins per minute</numerusform>
                <numerusform>Arrivals: check-ins per %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>checkin</name>
        <message>
            <source>CHECKED IN at {time}</source>
            <translation>CHECKED IN at {time}</translation>
        </message>
        <message>
            <source>REGISTERED ONLINE: confirm that this person attends in person</source>
            <translation>REGISTERED ONLINE: confirm that this person attends in person</translation>
        </message>
        <message>
            <source>REGISTRATION CANCELLED: not checked in</source>
            <translation>REGISTRATION CANCELLED: not checked in</translation>
        </message>
        <message>
            <source>INVALID CODE {code}: a character is wrong (misread or mistyped)</source>
            <translation>INVALID CODE {code}: a character is wrong (misread or mistyped)</translation>
        </message>
        <message>
            <source>UNKNOWN CODE {code}: nobody has this code</source>
            <translation>UNKNOWN CODE {code}: nobody has this code</translation>
        </message>
        <message>
            <source>This participant no longer exists.</source>
            <translation>This participant no longer exists.</translation>
        </message>
        <message>
            <source>Say why the check-in is voided.</source>
            <translation>Say why the check-in is voided.</translation>
        </message>
        <message>
            <source>This participant is not checked in.</source>
            <translation>This participant is not checked in.</translation>
        </message>
        <message>
            <source>Enter the given name.</source>
            <translation>Enter the given name.</translation>
        </message>
        <message>
            <source>Enter the family name.</source>
            <translation>Enter the family name.</translation>
        </message>
        <message>
            <source>Choose a country from the list.</source>
            <translation>Choose a country from the list.</translation>
        </message>
        <message>
            <source>Choose a category from the list.</source>
            <translation>Choose a category from the list.</translation>
        </message>
        <message>
            <source>Choose in person or online.</source>
            <translation>Choose in person or online.</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address (name@example.org).</source>
            <translation>“{email}” is not an e-mail address (name@example.org).</translation>
        </message>
        <message>
            <source>Unknown registration status.</source>
            <translation>Unknown registration status.</translation>
        </message>
        <message>
            <source>This registration was merged into another participant.</source>
            <translation>This registration was merged into another participant.</translation>
        </message>
        <message>
            <source>ALREADY CHECKED IN {time} · {desk} · by {operator}</source>
            <translation>ALREADY CHECKED IN {time} · {desk} · by {operator}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Registration desk for events: participant lists, search, check-in and badges. Without a command, opens the window.</source>
            <translation>Registration desk for events: participant lists, search, check-in and badges. Without a command, opens the window.</translation>
        </message>
        <message>
            <source>database file (default: $DESK_DB, else the user data folder), or a server several desks share: postgresql://USER@HOST/DATABASE</source>
            <translation>database file (default: $DESK_DB, else the user data folder), or a server several desks share: postgresql://USER@HOST/DATABASE</translation>
        </message>
        <message>
            <source>with a server: this desk's own file, which follows the server and keeps working when the server does not answer (default: one per server and desk name in the user data folder)</source>
            <translation>with a server: this desk's own file, which follows the server and keeps working when the server does not answer (default: one per server and desk name in the user data folder)</translation>
        </message>
        <message>
            <source>language of messages and of the window (default: the system's)</source>
            <translation>language of messages and of the window (default: the system's)</translation>
        </message>
        <message>
            <source>this desk's name, e.g. 'Desk 2 – lobby' (remembered)</source>
            <translation>this desk's name, e.g. 'Desk 2 – lobby' (remembered)</translation>
        </message>
        <message>
            <source>who is at the desk (default: $DESK_OPERATOR, else your user name)</source>
            <translation>who is at the desk (default: $DESK_OPERATOR, else your user name)</translation>
        </message>
        <message>
            <source>the supervisor's PIN, for reprints, exports with contact data and restores (default: $DESK_SUPERVISOR_PIN)</source>
            <translation>the supervisor's PIN, for reprints, exports with contact data and restores (default: $DESK_SUPERVISOR_PIN)</translation>
        </message>
        <message>
            <source>check that this installation works, without a window, and exit</source>
            <translation>check that this installation works, without a window, and exit</translation>
        </message>
        <message>
            <source>import a participant list (CSV or XLSX), all or nothing</source>
            <translation>import a participant list (CSV or XLSX), all or nothing</translation>
        </message>
        <message>
            <source>check the file, change nothing; the report says who gets which category</source>
            <translation>check the file, change nothing; the report says who gets which category</translation>
        </message>
        <message>
            <source>the category of every row without one (the whole file when the list has no category column): an id, or a label in Spanish or English</source>
            <translation>the category of every row without one (the whole file when the list has no category column): an id, or a label in Spanish or English</translation>
        </message>
        <message>
            <source>rows whose organisation, e-mail domain or category cell contains TEXT (accents and case ignored) get the category ID; repeatable, the first rule that matches wins, before --category. E.g. --category-rule cancilleria=mfa --category-rule rree.gob=mfa</source>
            <translation>rows whose organisation, e-mail domain or category cell contains TEXT (accents and case ignored) get the category ID; repeatable, the first rule that matches wins, before --category. E.g. --category-rule cancilleria=mfa --category-rule rree.gob=mfa</translation>
        </message>
        <message>
            <source>add N synthetic participants (for trying and benchmarks)</source>
            <translation>add N synthetic participants (for trying and benchmarks)</translation>
        </message>
        <message>
            <source>random seed</source>
            <translation>random seed</translation>
        </message>
        <message>
            <source>list or search participants</source>
            <translation>list or search participants</translation>
        </message>
        <message>
            <source>Choose with --category ID (the whole file) or --category-rule TEXT=ID (organisation or e-mail domain); categories: {known}.</source>
            <translation>Choose with --category ID (the whole file) or --category-rule TEXT=ID (organisation or e-mail domain); categories: {known}.</translation>
        </message>
        <message>
            <source>one JSON document</source>
            <translation>one JSON document</translation>
        </message>
        <message>
            <source>at most this many (0: all)</source>
            <translation>at most this many (0: all)</translation>
        </message>
        <message>
            <source>check in by badge or invitation code</source>
            <translation>check in by badge or invitation code</translation>
        </message>
        <message>
            <source>check in someone registered online who came in person</source>
            <translation>check in someone registered online who came in person</translation>
        </message>
        <message>
            <source>door scan for an agenda item</source>
            <translation>door scan for an agenda item</translation>
        </message>
        <message>
            <source>record an exit (a return, for the field visit)</source>
            <translation>record an exit (a return, for the field visit)</translation>
        </message>
        <message>
            <source>the World Café table id or the bus, e.g. 'Bus 2'</source>
            <translation>the World Café table id or the bus, e.g. 'Bus 2'</translation>
        </message>
        <message>
            <source>record even though the item is over or has not started</source>
            <translation>record even though the item is over or has not started</translation>
        </message>
        <message>
            <source>people per agenda item (distinct) and inside now</source>
            <translation>people per agenda item (distinct) and inside now</translation>
        </message>
        <message>
            <source>only this agenda item</source>
            <translation>only this agenda item</translation>
        </message>
        <message>
            <source>QR badges as a PDF file</source>
            <translation>QR badges as a PDF file</translation>
        </message>
        <message>
            <source>badge layout: 4x3, a6, cr80, a4-8… (default 4x3)</source>
            <translation>badge layout: 4x3, a6, cr80, a4-8… (default 4x3)</translation>
        </message>
        <message>
            <source>these badges</source>
            <translation>these badges</translation>
        </message>
        <message>
            <source>everyone of a category</source>
            <translation>everyone of a category</translation>
        </message>
        <message>
            <source>everyone registered</source>
            <translation>everyone registered</translation>
        </message>
        <message>
            <source>everyone pre-registered who has no printed badge yet</source>
            <translation>everyone pre-registered who has no printed badge yet</translation>
        </message>
        <message>
            <source>record these as printed badges (people who already have one need --reprint-reason)</source>
            <translation>record these as printed badges (people who already have one need --reprint-reason)</translation>
        </message>
        <message>
            <source>with --record-print: why the badges of people who already have one are printed again (with the supervisor's PIN when this desk has a supervisor)</source>
            <translation>with --record-print: why the badges of people who already have one are printed again (with the supervisor's PIN when this desk has a supervisor)</translation>
        </message>
        <message>
            <source>export data for spreadsheets</source>
            <translation>export data for spreadsheets</translation>
        </message>
        <message>
            <source>participant list as CSV or XLSX</source>
            <translation>participant list as CSV or XLSX</translation>
        </message>
        <message>
            <source>the end-of-day attendance report as XLSX, CSV or a one-page PDF</source>
            <translation>the end-of-day attendance report as XLSX, CSV or a one-page PDF</translation>
        </message>
        <message>
            <source>only this day's agenda items (default: the whole event)</source>
            <translation>only this day's agenda items (default: the whole event)</translation>
        </message>
        <message>
            <source>leave out e-mail addresses and phone numbers</source>
            <translation>leave out e-mail addresses and phone numbers</translation>
        </message>
        <message>
            <source>desk files: share this desk's data</source>
            <translation>desk files: share this desk's data</translation>
        </message>
        <message>
            <source>write this desk's file (everyone, every record)</source>
            <translation>write this desk's file (everyone, every record)</translation>
        </message>
        <message>
            <source>merge other desks' files into this desk</source>
            <translation>merge other desks' files into this desk</translation>
        </message>
        <message>
            <source>back up the database now (kept until you delete it)</source>
            <translation>back up the database now (kept until you delete it)</translation>
        </message>
        <message>
            <source>list the database's backups, newest first</source>
            <translation>list the database's backups, newest first</translation>
        </message>
        <message>
            <source>put a backup in place of the database (the current file is kept)</source>
            <translation>put a backup in place of the database (the current file is kept)</translation>
        </message>
        <message>
            <source>accept a backup made by another desk</source>
            <translation>accept a backup made by another desk</translation>
        </message>
        <message>
            <source>check the database's schema and integrity</source>
            <translation>check the database's schema and integrity</translation>
        </message>
        <message>
            <source>open the window (the same as no command)</source>
            <translation>open the window (the same as no command)</translation>
        </message>
        <message>
            <source>the screen to open on: check-in desk, door or dashboard</source>
            <translation>the screen to open on: check-in desk, door or dashboard</translation>
        </message>
        <message>
            <source>the agenda item a door screen takes (default: from the clock)</source>
            <translation>the agenda item a door screen takes (default: from the clock)</translation>
        </message>
        <message>
            <source>full screen, for a door laptop or a projector (F11 leaves it)</source>
            <translation>full screen, for a door laptop or a projector (F11 leaves it)</translation>
        </message>
        <message>
            <source>scan QR codes from a video file or a folder of images played as the camera (demos, support, tests)</source>
            <translation>scan QR codes from a video file or a folder of images played as the camera (demos, support, tests)</translation>
        </message>
        <message>
            <source>self-service kiosk: full screen, people scan their invitation and take their badge (leaving it needs the supervisor's PIN)</source>
            <translation>self-service kiosk: full screen, people scan their invitation and take their badge (leaving it needs the supervisor's PIN)</translation>
        </message>
        <message>
            <source>for this run, badges are written as PDF files into DIR (one per badge, named with its code) instead of printed</source>
            <translation>for this run, badges are written as PDF files into DIR (one per badge, named with its code) instead of printed</translation>
        </message>
        <message>
            <source>{counts}, written to {path}.</source>
            <translation>{counts}, written to {path}.</translation>
        </message>
        <message>
            <source>{text} is not a date (YYYY-MM-DD)</source>
            <translation>{text} is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>--local goes with a server: --db postgresql://…</source>
            <translation>--local goes with a server: --db postgresql://…</translation>
        </message>
        <message>
            <source>--count must be at least 1.</source>
            <translation>--count must be at least 1.</translation>
        </message>
        <message>
            <source>To check them in, repeat with --confirm-online.</source>
            <translation>To check them in, repeat with --confirm-online.</translation>
        </message>
        <message>
            <source>No agenda item {item} in this event; its items: {known}.</source>
            <translation>No agenda item {item} in this event; its items: {known}.</translation>
        </message>
        <message>
            <source>To record it, repeat with --confirm.</source>
            <translation>To record it, repeat with --confirm.</translation>
        </message>
        <message>
            <source>catering</source>
            <translation>catering</translation>
        </message>
        <message>
            <source>No participant has the code {code}.</source>
            <translation>No participant has the code {code}.</translation>
        </message>
        <message>
            <source>Unknown category {id}; known: {known}.</source>
            <translation>Unknown category {id}; known: {known}.</translation>
        </message>
        <message>
            <source>Nobody to make a badge for.</source>
            <translation>Nobody to make a badge for.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <source>This desk's file: {path}</source>
            <translation>This desk's file: {path}</translation>
        </message>
        <message>
            <source>Schema version {version}; desk {name} ({id}); event {event}.</source>
            <translation>Schema version {version}; desk {name} ({id}); event {event}.</translation>
        </message>
        <message>
            <source>Integrity check: ok.</source>
            <translation>Integrity check: ok.</translation>
        </message>
        <message>
            <source>This command has no window; start Desk with the desk command.</source>
            <translation>This command has no window; start Desk with the desk command.</translation>
        </message>
        <message>
            <source>The camera file {file} does not exist.</source>
            <translation>The camera file {file} does not exist.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder for the badges.</source>
            <translation>{folder} is a file, not a folder for the badges.</translation>
        </message>
        <message>
            <source>The database cannot be used right now ({reason}); nothing was changed.</source>
            <translation>The database cannot be used right now ({reason}); nothing was changed.</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrupted</translation>
        </message>
        <message>
            <source>the PostgreSQL server several desks share</source>
            <translation>the PostgreSQL server several desks share</translation>
        </message>
        <message>
            <source>create Desk's tables in an empty server database</source>
            <translation>create Desk's tables in an empty server database</translation>
        </message>
        <message>
            <source>the server's schema, counts and round trip</source>
            <translation>the server's schema, counts and round trip</translation>
        </message>
        <message>
            <source>a verified copy of the server's database (pg_dump)</source>
            <translation>a verified copy of the server's database (pg_dump)</translation>
        </message>
        <message numerus="yes">
            <source>%n synthetic participants added to {path}.</source>
            <translation>
                <numerusform>%n synthetic participant added to {path}.</numerusform>
                <numerusform>%n synthetic participants added to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>likely duplicate people, with the reason, most likely first</source>
            <translation>likely duplicate people, with the reason, most likely first</translation>
        </message>
        <message>
            <source>at most this many pairs (0: all)</source>
            <translation>at most this many pairs (0: all)</translation>
        </message>
        <message>
            <source>certificates of attendance (PDF, Spanish and English), or verify one</source>
            <translation>certificates of attendance (PDF, Spanish and English), or verify one</translation>
        </message>
        <message>
            <source>check a code</source>
            <translation>check a code</translation>
        </message>
        <message>
            <source>the certificate's code</source>
            <translation>the certificate's code</translation>
        </message>
        <message>
            <source>the PDF to write (with --one-per-person: the folder for the files)</source>
            <translation>the PDF to write (with --one-per-person: the folder for the files)</translation>
        </message>
        <message>
            <source>at least N sessions (breaks and meals aside), in person or online</source>
            <translation>at least N sessions (breaks and meals aside), in person or online</translation>
        </message>
        <message>
            <source>at least P % of the first day's sessions (default: the rule in settings)</source>
            <translation>at least P % of the first day's sessions (default: the rule in settings)</translation>
        </message>
        <message>
            <source>the certificate's main language (the other one is printed below it)</source>
            <translation>the certificate's main language (the other one is printed below it)</translation>
        </message>
        <message>
            <source>one PDF per person, named CODE-Family-Name.pdf, in --out</source>
            <translation>one PDF per person, named CODE-Family-Name.pdf, in --out</translation>
        </message>
        <message>
            <source>verify: one JSON document</source>
            <translation>verify: one JSON document</translation>
        </message>
        <message>
            <source>unexpected argument {arg}</source>
            <translation>unexpected argument {arg}</translation>
        </message>
        <message>
            <source>give --out F.pdf, or: desk certificates verify CODE</source>
            <translation>give --out F.pdf, or: desk certificates verify CODE</translation>
        </message>
        <message>
            <source>unknown action {arg}; did you mean: verify CODE?</source>
            <translation>unknown action {arg}; did you mean: verify CODE?</translation>
        </message>
        <message>
            <source>verify needs the certificate's CODE</source>
            <translation>verify needs the certificate's CODE</translation>
        </message>
        <message>
            <source>verify takes a CODE only</source>
            <translation>verify takes a CODE only</translation>
        </message>
        <message>
            <source>Nobody meets the rule ({rule}): no certificate written. People who attended something but fall short: {short}.</source>
            <translation>Nobody meets the rule ({rule}): no certificate written. People who attended something but fall short: {short}.</translation>
        </message>
        <message>
            <source>Code: {code}</source>
            <translation>Code: {code}</translation>
        </message>
        <message>
            <source>Badge code: {code}</source>
            <translation>Badge code: {code}</translation>
        </message>
        <message>
            <source>Organisation: {name}</source>
            <translation>Organisation: {name}</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>in person</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>Meets the rule now: {rule}.</source>
            <translation>Meets the rule now: {rule}.</translation>
        </message>
        <message>
            <source>Does not meet the rule now ({rule}): issued under another rule, or the attendance recorded changed since.</source>
            <translation>Does not meet the rule now ({rule}): issued under another rule, or the attendance recorded changed since.</translation>
        </message>
        <message>
            <source>online attendance from Zoom and Teams reports</source>
            <translation>online attendance from Zoom and Teams reports</translation>
        </message>
        <message>
            <source>import a Zoom or Teams attendance report (CSV), all or nothing</source>
            <translation>import a Zoom or Teams attendance report (CSV), all or nothing</translation>
        </message>
        <message>
            <source>the time zone of the report's times (default: the event's)</source>
            <translation>the time zone of the report's times (default: the event's)</translation>
        </message>
        <message>
            <source>dates are day/month (23/05/2022)</source>
            <translation>dates are day/month (23/05/2022)</translation>
        </message>
        <message>
            <source>dates are month/day (05/23/2022)</source>
            <translation>dates are month/day (05/23/2022)</translation>
        </message>
        <message>
            <source>online people not yet tied to a participant</source>
            <translation>online people not yet tied to a participant</translation>
        </message>
        <message>
            <source>as JSON</source>
            <translation>as JSON</translation>
        </message>
        <message>
            <source>say who an online person is: a participant's code, or - for nobody of ours</source>
            <translation>say who an online person is: a participant's code, or - for nobody of ours</translation>
        </message>
        <message>
            <source>{file} was imported before: nothing changed.</source>
            <translation>{file} was imported before: nothing changed.</translation>
        </message>
        <message>
            <source>Rows read: {n}</source>
            <translation>Rows read: {n}</translation>
        </message>
        <message>
            <source>Connections stored: {n}</source>
            <translation>Connections stored: {n}</translation>
        </message>
        <message>
            <source>Matched: {n}</source>
            <translation>Matched: {n}</translation>
        </message>
        <message>
            <source>Unmatched: {n}</source>
            <translation>Unmatched: {n}</translation>
        </message>
        <message>
            <source>Not participants: {n}</source>
            <translation>Not participants: {n}</translation>
        </message>
        <message>
            <source>Connections per agenda item:</source>
            <translation>Connections per agenda item:</translation>
        </message>
        <message>
            <source>none: the connections fall outside every agenda item</source>
            <translation>none: the connections fall outside every agenda item</translation>
        </message>
        <message>
            <source>To identify the others: desk online unmatched</source>
            <translation>To identify the others: desk online unmatched</translation>
        </message>
        <message>
            <source>Everybody online is identified.</source>
            <translation>Everybody online is identified.</translation>
        </message>
        <message>
            <source>{who}: not a participant.</source>
            <translation>{who}: not a participant.</translation>
        </message>
        <message>
            <source>{who} is {name} ({code}).</source>
            <translation>{who} is {name} ({code}).</translation>
        </message>
        <message numerus="yes">
            <source>%n certificates of attendance ({rule}), written to {path}.</source>
            <translation>
                <numerusform>%n certificate of attendance ({rule}), written to {path}.</numerusform>
                <numerusform>%n certificates of attendance ({rule}), written to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connections</source>
            <translation>
                <numerusform>%n connection</numerusform>
                <numerusform>%n connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in person</source>
            <translation>
                <numerusform>%n in person</numerusform>
                <numerusform>%n in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside</source>
            <translation>
                <numerusform>%n inside</numerusform>
                <numerusform>%n inside</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicate pairs.</source>
            <translation>
                <numerusform>%n likely duplicate pair.</numerusform>
                <numerusform>%n likely duplicate pairs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not back</source>
            <translation>
                <numerusform>%n not back</numerusform>
                <numerusform>%n not back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online</source>
            <translation>
                <numerusform>%n online</numerusform>
                <numerusform>%n online</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other people attended something but fall short of the rule.</source>
            <translation>
                <numerusform>%n other person attended something but falls short of the rule.</numerusform>
                <numerusform>%n other people attended something but fall short of the rule.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants written to {path}.</source>
            <translation>
                <numerusform>%n participant written to {path}.</numerusform>
                <numerusform>%n participants written to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants.</source>
            <translation>
                <numerusform>%n participant.</numerusform>
                <numerusform>%n participants.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people to identify</source>
            <translation>
                <numerusform>%n person to identify</numerusform>
                <numerusform>%n people to identify</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions attended</source>
            <translation>
                <numerusform>%n session attended</numerusform>
                <numerusform>%n sessions attended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already have a badge: %n of {total}. Printing a badge again needs a reason: nothing was written or recorded. Repeat with --reprint-reason lost, damaged or correction, or without --record-print.</source>
            <translation>
                <numerusform>Already has a badge: %n of {total}. Printing a badge again needs a reason: nothing was written or recorded. Repeat with --reprint-reason lost, damaged or correction, or without --record-print.</numerusform>
                <numerusform>Already have a badge: %n of {total}. Printing a badge again needs a reason: nothing was written or recorded. Repeat with --reprint-reason lost, damaged or correction, or without --record-print.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database is damaged: %n problems found.</source>
            <translation>
                <numerusform>The database is damaged: %n problem found.</numerusform>
                <numerusform>The database is damaged: %n problems found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>counts</name>
        <message numerus="yes">
            <source>%n participants</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new participants</source>
            <translation>
                <numerusform>%n new participant</numerusform>
                <numerusform>%n new participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new records</source>
            <translation>
                <numerusform>%n new record</numerusform>
                <numerusform>%n new records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>%n registered</numerusform>
                <numerusform>%n registered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n cancelled</numerusform>
                <numerusform>%n cancelled</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checked in</source>
            <translation>
                <numerusform>%n checked in</numerusform>
                <numerusform>%n checked in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins</source>
            <translation>
                <numerusform>%n check-in</numerusform>
                <numerusform>%n check-ins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badges</source>
            <translation>
                <numerusform>%n badge</numerusform>
                <numerusform>%n badges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda items</source>
            <translation>
                <numerusform>%n agenda item</numerusform>
                <numerusform>%n agenda items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows read</source>
            <translation>
                <numerusform>%n row read</numerusform>
                <numerusform>%n rows read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in person</source>
            <translation>
                <numerusform>%n in person</numerusform>
                <numerusform>%n in person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online</source>
            <translation>
                <numerusform>%n online</numerusform>
                <numerusform>%n online</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online connections</source>
            <translation>
                <numerusform>%n online connection</numerusform>
                <numerusform>%n online connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identifications</source>
            <translation>
                <numerusform>%n identification</numerusform>
                <numerusform>%n identifications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>db</name>
        <message>
            <source>Cannot create the folder {folder}: {reason}</source>
            <translation>Cannot create the folder {folder}: {reason}</translation>
        </message>
        <message>
            <source>Cannot open the database {path}: {reason}</source>
            <translation>Cannot open the database {path}: {reason}</translation>
        </message>
        <message>
            <source>The desk name cannot be empty.</source>
            <translation>The desk name cannot be empty.</translation>
        </message>
        <message>
            <source>This database belongs to the event {db_event}, not {event}.</source>
            <translation>This database belongs to the event {db_event}, not {event}.</translation>
        </message>
        <message>
            <source>{path} is not a Desk database.</source>
            <translation>{path} is not a Desk database.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk to open it.</source>
            <translation>{path} was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk to open it.</translation>
        </message>
        <message>
            <source>No migration from schema {version}.</source>
            <translation>No migration from schema {version}.</translation>
        </message>
        <message>
            <source>{url} is not a server address ({reason}).</source>
            <translation>{url} is not a server address ({reason}).</translation>
        </message>
        <message>
            <source>{url} names no database; write postgresql://USER@HOST/DATABASE.</source>
            <translation>{url} names no database; write postgresql://USER@HOST/DATABASE.</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>today {time}</source>
            <translation>today {time}</translation>
        </message>
        <message>
            <source>yesterday {time}</source>
            <translation>yesterday {time}</translation>
        </message>
        <message>
            <source>Today — {day}</source>
            <translation>Today — {day}</translation>
        </message>
        <message>
            <source>{place} time ({offset})</source>
            <translation>{place} time ({offset})</translation>
        </message>
    </context>
    <context>
        <name>event</name>
        <message>
            <source>{file}: {field} is missing</source>
            <translation>{file}: {field} is missing</translation>
        </message>
        <message>
            <source>{file}: {field} is empty</source>
            <translation>{file}: {field} is empty</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not an object ({{...}})</source>
            <translation>{file}: {field}: {value} is not an object ({{...}})</translation>
        </message>
        <message>
            <source>{file}: {field}: unknown field (did you mean {other}?)</source>
            <translation>{file}: {field}: unknown field (did you mean {other}?)</translation>
        </message>
        <message>
            <source>{file}: {field}: unknown field</source>
            <translation>{file}: {field}: unknown field</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not text</source>
            <translation>{file}: {field}: {value} is not text</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not true or false</source>
            <translation>{file}: {field}: {value} is not true or false</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a number</source>
            <translation>{file}: {field}: {value} is not a number</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a list ([...])</source>
            <translation>{file}: {field}: {value} is not a list ([...])</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not an id (use a-z, 0-9, - and _)</source>
            <translation>{file}: {field}: {value} is not an id (use a-z, 0-9, - and _)</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a date (YYYY-MM-DD)</source>
            <translation>{file}: {field}: {value} is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a time (HH:MM)</source>
            <translation>{file}: {field}: {value} is not a time (HH:MM)</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is used twice (first at {other})</source>
            <translation>{file}: {field}: {value} is used twice (first at {other})</translation>
        </message>
        <message>
            <source>Event file not found: {path}</source>
            <translation>Event file not found: {path}</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}: cannot be read ({reason})</translation>
        </message>
        <message>
            <source>{file}: not UTF-8 text (byte {position})</source>
            <translation>{file}: not UTF-8 text (byte {position})</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: not valid JSON ({reason})</source>
            <translation>{file}: line {line}, column {column}: not valid JSON ({reason})</translation>
        </message>
        <message>
            <source>{file}: the field {value} appears twice in the same object</source>
            <translation>{file}: the field {value} appears twice in the same object</translation>
        </message>
        <message>
            <source>{file}: not valid JSON (nested too deeply)</source>
            <translation>{file}: not valid JSON (nested too deeply)</translation>
        </message>
        <message>
            <source>{file}: the file must hold one JSON object ({{...}})</source>
            <translation>{file}: the file must hold one JSON object ({{...}})</translation>
        </message>
        <message>
            <source>{file}: format: {value} is not supported (this Desk reads format {supported})</source>
            <translation>{file}: format: {value} is not supported (this Desk reads format {supported})</translation>
        </message>
        <message>
            <source>{file}: end_date: {value} is before start_date {other}</source>
            <translation>{file}: end_date: {value} is before start_date {other}</translation>
        </message>
        <message>
            <source>{file}: timezone: {value} is not a known time zone (e.g. America/El_Salvador)</source>
            <translation>{file}: timezone: {value} is not a known time zone (e.g. America/El_Salvador)</translation>
        </message>
        <message>
            <source>{file}: default_category: {value} is not one of the categories</source>
            <translation>{file}: default_category: {value} is not one of the categories</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a known ISO country code</source>
            <translation>{file}: {field}: {value} is not a known ISO country code</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not between start_date {start} and end_date {end}</source>
            <translation>{file}: {field}: {value} is not between start_date {start} and end_date {end}</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not after the start {other}</source>
            <translation>{file}: {field}: {value} is not after the start {other}</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a known kind ({kinds})</source>
            <translation>{file}: {field}: {value} is not a known kind ({kinds})</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a colour (#RRGGBB)</source>
            <translation>{file}: {field}: {value} is not a colour (#RRGGBB)</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not between 0 and 1</source>
            <translation>{file}: {field}: {value} is not between 0 and 1</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} already means {other}</source>
            <translation>{file}: {field}: {value} already means {other}</translation>
        </message>
        <message>
            <source>{file}: categories: the shares add up to {total}, not 1</source>
            <translation>{file}: categories: the shares add up to {total}, not 1</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>Family names</source>
            <translation>Family names</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Country code</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Category code</source>
            <translation>Category code</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Checked in at (UTC)</source>
            <translation>Checked in at (UTC)</translation>
        </message>
        <message>
            <source>Check-in desk</source>
            <translation>Check-in desk</translation>
        </message>
        <message>
            <source>Badges printed</source>
            <translation>Badges printed</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>in person</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>pre-registered</source>
            <translation>pre-registered</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>walk-in</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>registered</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>Cannot export to {file}: use a .csv or .xlsx file name.</source>
            <translation>Cannot export to {file}: use a .csv or .xlsx file name.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>health</name>
        <message>
            <source>The disk that holds {folder} is full ({free} free). Desk did not open the database, so nothing was lost. Free some space (empty the recycle bin, move old files away) and start Desk again.</source>
            <translation>The disk that holds {folder} is full ({free} free). Desk did not open the database, so nothing was lost. Free some space (empty the recycle bin, move old files away) and start Desk again.</translation>
        </message>
        <message>
            <source>Only {free} free on the disk that holds {folder}. Free some space soon: check-ins and backups need room.</source>
            <translation>Only {free} free on the disk that holds {folder}. Free some space soon: check-ins and backups need room.</translation>
        </message>
        <message>
            <source>the file does not start like a database</source>
            <translation>the file does not start like a database</translation>
        </message>
        <message>
            <source>Desk cannot write in {folder}, so check-ins could not be saved. Desk did not open the database and nothing was changed. Ask support to give this user the right to write there, or start Desk with another database folder (--db).</source>
            <translation>Desk cannot write in {folder}, so check-ins could not be saved. Desk did not open the database and nothing was changed. Ask support to give this user the right to write there, or start Desk with another database folder (--db).</translation>
        </message>
        <message>
            <source>Desk cannot read the database {path}: {reason}. Nothing was changed.</source>
            <translation>Desk cannot read the database {path}: {reason}. Nothing was changed.</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({problem}). Desk will not write to it. The newest good backup can be put in its place; the damaged file is kept aside for support, never deleted.</source>
            <translation>The database {path} is damaged ({problem}). Desk will not write to it. The newest good backup can be put in its place; the damaged file is kept aside for support, never deleted.</translation>
        </message>
        <message>
            <source>The damaged database could not be moved aside ({reason}); nothing was changed.</source>
            <translation>The damaged database could not be moved aside ({reason}); nothing was changed.</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>line {line}: {problem}</source>
            <translation>line {line}: {problem}</translation>
        </message>
        <message>
            <source>Line {line} repeats line {first} ({reason}): one participant.</source>
            <translation>Line {line} repeats line {first} ({reason}): one participant.</translation>
        </message>
        <message>
            <source>The list has no category column</source>
            <translation>The list has no category column</translation>
        </message>
        <message>
            <source>“{label}” for everybody else</source>
            <translation>“{label}” for everybody else</translation>
        </message>
        <message>
            <source>Dry run: nothing was saved.</source>
            <translation>Dry run: nothing was saved.</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>no name</translation>
        </message>
        <message>
            <source>unknown country “{country}”</source>
            <translation>unknown country “{country}”</translation>
        </message>
        <message>
            <source>Known categories: {known}. Correct the list, or give a rule that maps the value to a category.</source>
            <translation>Known categories: {known}. Correct the list, or give a rule that maps the value to a category.</translation>
        </message>
        <message>
            <source>{file}: {counts}.</source>
            <translation>{file}: {counts}.</translation>
        </message>
        <message>
            <source>The list has no category column: everybody gets the category “{label}”. Choose a category for the whole file, or rules.</source>
            <translation>The list has no category column: everybody gets the category “{label}”. Choose a category for the whole file, or rules.</translation>
        </message>
        <message>
            <source>Categories: {counts}.</source>
            <translation>Categories: {counts}.</translation>
        </message>
        <message>
            <source>Organisations that name a category (rules you may want): {rules}.</source>
            <translation>Organisations that name a category (rules you may want): {rules}.</translation>
        </message>
        <message>
            <source>Columns kept as extra fields: {columns}.</source>
            <translation>Columns kept as extra fields: {columns}.</translation>
        </message>
        <message>
            <source>Line {line} may be the same person as line {other} ({reason}): kept as two participants; check them.</source>
            <translation>Line {line} may be the same person as line {other} ({reason}): kept as two participants; check them.</translation>
        </message>
        <message>
            <source>Line {line} may be {other} ({code}), already registered ({reason}): added as a new participant; check them.</source>
            <translation>Line {line} may be {other} ({code}), already registered ({reason}): added as a new participant; check them.</translation>
        </message>
        <message>
            <source>after the import, see the full list with `desk duplicates`</source>
            <translation>after the import, see the full list with `desk duplicates`</translation>
        </message>
        <message>
            <source>see the full list with `desk duplicates`</source>
            <translation>see the full list with `desk duplicates`</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: {where}.</source>
            <translation>
                <numerusform>… and %n more: {where}.</numerusform>
                <numerusform>… and %n more: {where}.</numerusform>
            </translation>
        </message>
        <message>
            <source>attendance “{mode}” is neither in person (presencial) nor online</source>
            <translation>attendance “{mode}” is neither in person (presencial) nor online</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address</source>
            <translation>“{email}” is not an e-mail address</translation>
        </message>
        <message>
            <source>badge code “{code}” has a wrong check character</source>
            <translation>badge code “{code}” has a wrong check character</translation>
        </message>
        <message>
            <source>same code</source>
            <translation>same code</translation>
        </message>
        <message>
            <source>same e-mail</source>
            <translation>same e-mail</translation>
        </message>
        <message>
            <source>same name and country</source>
            <translation>same name and country</translation>
        </message>
        <message>
            <source>badge code “{code}” differs from the code {known} of the participant with the same e-mail or name</source>
            <translation>badge code “{code}” differs from the code {known} of the participant with the same e-mail or name</translation>
        </message>
        <message>
            <source>'{name}' is empty</source>
            <translation>'{name}' is empty</translation>
        </message>
        <message>
            <source>'{path}' does not exist</source>
            <translation>'{path}' does not exist</translation>
        </message>
        <message>
            <source>'{path}' is a folder, not a file</source>
            <translation>'{path}' is a folder, not a file</translation>
        </message>
        <message>
            <source>'{path}' cannot be opened: permission denied</source>
            <translation>'{path}' cannot be opened: permission denied</translation>
        </message>
        <message>
            <source>'{path}' cannot be read: {reason}</source>
            <translation>'{path}' cannot be read: {reason}</translation>
        </message>
        <message>
            <source>'{name}' is a PDF document, not a spreadsheet; import the Excel or CSV file</source>
            <translation>'{name}' is a PDF document, not a spreadsheet; import the Excel or CSV file</translation>
        </message>
        <message>
            <source>'{name}' is an image, not a spreadsheet</source>
            <translation>'{name}' is an image, not a spreadsheet</translation>
        </message>
        <message>
            <source>'{name}' is password-protected; open it in Excel, remove the password, save it and import again</source>
            <translation>'{name}' is password-protected; open it in Excel, remove the password, save it and import again</translation>
        </message>
        <message>
            <source>'{name}' is a Word document, not a spreadsheet</source>
            <translation>'{name}' is a Word document, not a spreadsheet</translation>
        </message>
        <message>
            <source>'{name}' is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import again</source>
            <translation>'{name}' is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import again</translation>
        </message>
        <message>
            <source>'{name}' is damaged or is not a real Excel workbook</source>
            <translation>'{name}' is damaged or is not a real Excel workbook</translation>
        </message>
        <message>
            <source>'{name}' is an Excel binary workbook (.xlsb); save it as .xlsx or CSV and import again</source>
            <translation>'{name}' is an Excel binary workbook (.xlsb); save it as .xlsx or CSV and import again</translation>
        </message>
        <message>
            <source>'{name}' is a PowerPoint presentation, not a spreadsheet</source>
            <translation>'{name}' is a PowerPoint presentation, not a spreadsheet</translation>
        </message>
        <message>
            <source>'{name}' is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import again</source>
            <translation>'{name}' is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import again</translation>
        </message>
        <message>
            <source>'{name}' is a ZIP archive, not a spreadsheet; extract the list and import that file</source>
            <translation>'{name}' is a ZIP archive, not a spreadsheet; extract the list and import that file</translation>
        </message>
        <message>
            <source>'{name}' is not valid {encoding} text; the file may be damaged</source>
            <translation>'{name}' is not valid {encoding} text; the file may be damaged</translation>
        </message>
        <message>
            <source>'{name}' is not a spreadsheet or a text file (it contains binary data)</source>
            <translation>'{name}' is not a spreadsheet or a text file (it contains binary data)</translation>
        </message>
        <message>
            <source>'{name}' is a web page or XML file, not a CSV or Excel workbook; open it in Excel and save it as .xlsx or CSV</source>
            <translation>'{name}' is a web page or XML file, not a CSV or Excel workbook; open it in Excel and save it as .xlsx or CSV</translation>
        </message>
        <message>
            <source>'{name}' is a text document (RTF), not a spreadsheet</source>
            <translation>'{name}' is a text document (RTF), not a spreadsheet</translation>
        </message>
        <message>
            <source>'{name}' does not look like a participant list: no columns found</source>
            <translation>'{name}' does not look like a participant list: no columns found</translation>
        </message>
        <message>
            <source>'{name}', line {line}: a quotation mark (") opens a cell that never closes</source>
            <translation>'{name}', line {line}: a quotation mark (") opens a cell that never closes</translation>
        </message>
        <message>
            <source>'{name}' cannot be read as CSV near line {line}</source>
            <translation>'{name}' cannot be read as CSV near line {line}</translation>
        </message>
        <message>
            <source>'{name}' has no data in any worksheet</source>
            <translation>'{name}' has no data in any worksheet</translation>
        </message>
        <message>
            <source>No name columns found. Expected 'Nombre(s)' / 'First name' and 'Apellido(s)' / 'Last name' (or 'Nombre completo' / 'Full name'). Columns in the file: {columns}</source>
            <translation>No name columns found. Expected 'Nombre(s)' / 'First name' and 'Apellido(s)' / 'Last name' (or 'Nombre completo' / 'Full name'). Columns in the file: {columns}</translation>
        </message>
        <message>
            <source>closest: {id} ({label})</source>
            <translation>closest: {id} ({label})</translation>
        </message>
        <message>
            <source>Unknown category “{text}”.</source>
            <translation>Unknown category “{text}”.</translation>
        </message>
        <message>
            <source>Did you mean {id} ({label})?</source>
            <translation>Did you mean {id} ({label})?</translation>
        </message>
        <message>
            <source>Known categories: {known}.</source>
            <translation>Known categories: {known}.</translation>
        </message>
        <message>
            <source>The rule “{rule}” is not TEXT=CATEGORY (e.g. cancilleria=mfa).</source>
            <translation>The rule “{rule}” is not TEXT=CATEGORY (e.g. cancilleria=mfa).</translation>
        </message>
        <message>
            <source>The rule “{rule}” has no text to look for.</source>
            <translation>The rule “{rule}” has no text to look for.</translation>
        </message>
        <message numerus="yes">
            <source>%n rules chosen</source>
            <translation>
                <numerusform>%n rule chosen</numerusform>
                <numerusform>%n rules chosen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n by rule)</source>
            <translation>
                <numerusform>(%n by rule)</numerusform>
                <numerusform>(%n by rule)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>category “{value}” is not a category of this event: %n lines ({lines})</source>
            <translation>
                <numerusform>category “{value}” is not a category of this event: %n line ({lines})</numerusform>
                <numerusform>category “{value}” is not a category of this event: %n lines ({lines})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: nothing was imported, %n lines have problems:</source>
            <translation>
                <numerusform>{file}: nothing was imported, %n line has problems:</numerusform>
                <numerusform>{file}: nothing was imported, %n lines have problems:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{rule}” (%n rows)</source>
            <translation>
                <numerusform>“{rule}” (%n row)</numerusform>
                <numerusform>“{rule}” (%n rows)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>unknown code</source>
            <translation>unknown code</translation>
        </message>
        <message>
            <source>misread code</source>
            <translation>misread code</translation>
        </message>
        <message>
            <source>registered online</source>
            <translation>registered online</translation>
        </message>
        <message>
            <source>registration cancelled</source>
            <translation>registration cancelled</translation>
        </message>
        <message>
            <source>ID check needed</source>
            <translation>ID check needed</translation>
        </message>
        <message>
            <source>already checked in</source>
            <translation>already checked in</translation>
        </message>
    </context>
    <context>
        <name>manifest</name>
        <message>
            <source>All buses</source>
            <translation>All buses</translation>
        </message>
        <message>
            <source>Bus manifest</source>
            <translation>Bus manifest</translation>
        </message>
        <message>
            <source>On board, not back yet: {count}</source>
            <translation>On board, not back yet: {count}</translation>
        </message>
        <message>
            <source>Only people who boarded and have not come back yet.</source>
            <translation>Only people who boarded and have not come back yet.</translation>
        </message>
        <message>
            <source>People on this list: {count}</source>
            <translation>People on this list: {count}</translation>
        </message>
        <message>
            <source>Everyone scanned for this bus, with their return.</source>
            <translation>Everyone scanned for this bus, with their return.</translation>
        </message>
        <message>
            <source>Bus: {bus}</source>
            <translation>Bus: {bus}</translation>
        </message>
        <message>
            <source>Generated at {time}</source>
            <translation>Generated at {time}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Bus</source>
            <translation>Bus</translation>
        </message>
        <message>
            <source>Boarded at</source>
            <translation>Boarded at</translation>
        </message>
        <message>
            <source>Returned at</source>
            <translation>Returned at</translation>
        </message>
        <message>
            <source>Nobody is on this list.</source>
            <translation>Nobody is on this list.</translation>
        </message>
        <message>
            <source>Driver: name and signature</source>
            <translation>Driver: name and signature</translation>
        </message>
        <message>
            <source>Security: name and signature</source>
            <translation>Security: name and signature</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
    </context>
    <context>
        <name>matching</name>
        <message>
            <source>same e-mail</source>
            <translation>same e-mail</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>same name</translation>
        </message>
        <message>
            <source>same name but for accents or capitals</source>
            <translation>same name but for accents or capitals</translation>
        </message>
        <message>
            <source>same names in another order</source>
            <translation>same names in another order</translation>
        </message>
        <message>
            <source>given and family names split differently</source>
            <translation>given and family names split differently</translation>
        </message>
        <message>
            <source>without the given name «{word}»</source>
            <translation>without the given name «{word}»</translation>
        </message>
        <message>
            <source>without the family name «{word}»</source>
            <translation>without the family name «{word}»</translation>
        </message>
        <message>
            <source>one letter differs: «{word}» / «{other}»</source>
            <translation>one letter differs: «{word}» / «{other}»</translation>
        </message>
        <message>
            <source>«{word}» as the initial of «{other}»</source>
            <translation>«{word}» as the initial of «{other}»</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>same country</translation>
        </message>
    </context>
    <context>
        <name>merging</name>
        <message>
            <source>Choose two different participants to merge.</source>
            <translation>Choose two different participants to merge.</translation>
        </message>
        <message>
            <source>{name} was already merged into another participant.</source>
            <translation>{name} was already merged into another participant.</translation>
        </message>
        <message>
            <source>voided by a merge</source>
            <translation>voided by a merge</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong inside Desk: {error}. Nothing was lost; please tell support.</source>
            <translation>Something went wrong inside Desk: {error}. Nothing was lost; please tell support.</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Desk</translation>
        </message>
    </context>
    <context>
        <name>online</name>
        <message>
            <source>{zone} is not a time zone (for example America/El_Salvador).</source>
            <translation>{zone} is not a time zone (for example America/El_Salvador).</translation>
        </message>
        <message>
            <source>Nobody called or written “{who}” is in the online attendance imported so far. See desk online unmatched.</source>
            <translation>Nobody called or written “{who}” is in the online attendance imported so far. See desk online unmatched.</translation>
        </message>
        <message>
            <source>No participant has the code {code}.</source>
            <translation>No participant has the code {code}.</translation>
        </message>
        <message>
            <source>{who}: back to review</source>
            <translation>{who}: back to review</translation>
        </message>
        <message>
            <source>{who}: not a participant</source>
            <translation>{who}: not a participant</translation>
        </message>
        <message>
            <source>{who} is {code}</source>
            <translation>{who} is {code}</translation>
        </message>
        <message>
            <source>certificates: {rule}</source>
            <translation>certificates: {rule}</translation>
        </message>
        <message>
            <source>Line {line}: this line cannot be read as a table row (a cell is too long, or a quotation mark never closes).</source>
            <translation>Line {line}: this line cannot be read as a table row (a cell is too long, or a quotation mark never closes).</translation>
        </message>
        <message>
            <source>Line {line}: “{text}” is not a date and time (like 23/05/2022 09:54).</source>
            <translation>Line {line}: “{text}” is not a date and time (like 23/05/2022 09:54).</translation>
        </message>
        <message>
            <source>Line {line}: “{text}” is not a time of day.</source>
            <translation>Line {line}: “{text}” is not a time of day.</translation>
        </message>
        <message>
            <source>Line {line}: “{text}” has its day and month the other way round from line {other}. Is the file damaged?</source>
            <translation>Line {line}: “{text}” has its day and month the other way round from line {other}. Is the file damaged?</translation>
        </message>
        <message>
            <source>Line {line}: “{text}” is not a real date and time.</source>
            <translation>Line {line}: “{text}” is not a real date and time.</translation>
        </message>
        <message>
            <source>{file} is too big for an attendance report.</source>
            <translation>{file} is too big for an attendance report.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a Zoom or Teams attendance report: no row has a name, a join time and a leave time.</source>
            <translation>{file} is not a Zoom or Teams attendance report: no row has a name, a join time and a leave time.</translation>
        </message>
        <message>
            <source>Line {line}: the connection has no name and no e-mail.</source>
            <translation>Line {line}: the connection has no name and no e-mail.</translation>
        </message>
        <message>
            <source>The dates of {file} can be read day first or month first (line {line}: {text}). Say which: day/month or month/day.</source>
            <translation>The dates of {file} can be read day first or month first (line {line}: {text}). Say which: day/month or month/day.</translation>
        </message>
        <message>
            <source>Line {line}: the leave time {leave} is before the join time {join}.</source>
            <translation>Line {line}: the leave time {leave} is before the join time {join}.</translation>
        </message>
        <message>
            <source>The minimum time online must be 1 to 1440 minutes.</source>
            <translation>The minimum time online must be 1 to 1440 minutes.</translation>
        </message>
        <message>
            <source>The minimum share of an item must be 1 to 100 %.</source>
            <translation>The minimum share of an item must be 1 to 100 %.</translation>
        </message>
        <message>
            <source>A certificate rule is either a number of sessions or a percentage of the first day's sessions.</source>
            <translation>A certificate rule is either a number of sessions or a percentage of the first day's sessions.</translation>
        </message>
        <message>
            <source>The number of sessions must be 1 to 1000.</source>
            <translation>The number of sessions must be 1 to 1000.</translation>
        </message>
        <message>
            <source>The percentage must be 1 to 100.</source>
            <translation>The percentage must be 1 to 100.</translation>
        </message>
        <message>
            <source>at least {percent} % of the first day's sessions ({n} of {total})</source>
            <translation>at least {percent} % of the first day's sessions ({n} of {total})</translation>
        </message>
        <message>
            <source>Line {line}: {when} is not a day of the forum ({first} to {last}). Is this the right file, and the right time zone? Nothing was imported.</source>
            <translation>Line {line}: {when} is not a day of the forum ({first} to {last}). Is this the right file, and the right time zone? Nothing was imported.</translation>
        </message>
        <message numerus="yes">
            <source>at least %n sessions</source>
            <translation>
                <numerusform>at least %n session</numerusform>
                <numerusform>at least %n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>online presence: %n min of an item, or {percent} % of it when that is less</source>
            <translation>
                <numerusform>online presence: %n min of an item, or {percent} % of it when that is less</numerusform>
                <numerusform>online presence: %n min of an item, or {percent} % of it when that is less</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n connections, {matched} matched, {unmatched} to review</source>
            <translation>
                <numerusform>{file}: %n connection, {matched} matched, {unmatched} to review</numerusform>
                <numerusform>{file}: %n connections, {matched} matched, {unmatched} to review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>operators</name>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>A PIN is 4 to 8 digits.</translation>
        </message>
        <message>
            <source>Enter the operator's name.</source>
            <translation>Enter the operator's name.</translation>
        </message>
        <message numerus="yes">
            <source>A name has at most %n characters.</source>
            <translation>
                <numerusform>A name has at most %n character.</numerusform>
                <numerusform>A name has at most %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>Unknown role {role}.</translation>
        </message>
        <message>
            <source>{name} is not an operator at this desk.</source>
            <translation>{name} is not an operator at this desk.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs for {name}: try again in %n seconds.</source>
            <translation>
                <numerusform>Too many wrong PINs for {name}: try again in %n second.</numerusform>
                <numerusform>Too many wrong PINs for {name}: try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong supervisor PINs: try again in %n seconds.</source>
            <translation>
                <numerusform>Too many wrong supervisor PINs: try again in %n second.</numerusform>
                <numerusform>Too many wrong supervisor PINs: try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>Wrong PIN for {name}.</translation>
        </message>
        <message>
            <source>This needs a supervisor's PIN.</source>
            <translation>This needs a supervisor's PIN.</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>PDF files in a folder</source>
            <translation>PDF files in a folder</translation>
        </message>
        <message>
            <source>the system's default printer</source>
            <translation>the system's default printer</translation>
        </message>
        <message>
            <source>The printer “{name}” cannot be used: is it switched on, connected and with paper? Nothing was printed.</source>
            <translation>The printer “{name}” cannot be used: is it switched on, connected and with paper? Nothing was printed.</translation>
        </message>
        <message>
            <source>The printer refused a new page.</source>
            <translation>The printer refused a new page.</translation>
        </message>
        <message>
            <source>The printer did not accept the badges: nothing was printed. Check the printer.</source>
            <translation>The printer did not accept the badges: nothing was printed. Check the printer.</translation>
        </message>
        <message>
            <source>Preparing badges: {done} of {total}…</source>
            <translation>Preparing badges: {done} of {total}…</translation>
        </message>
        <message>
            <source>Printing page {done} of {total}…</source>
            <translation>Printing page {done} of {total}…</translation>
        </message>
        <message>
            <source>This computer has no default printer. Choose a printer, or “Save as PDF file…”, in Badges → Badge printing settings…</source>
            <translation>This computer has no default printer. Choose a printer, or “Save as PDF file…”, in Badges → Badge printing settings…</translation>
        </message>
        <message>
            <source>The printer “{name}” is not available on this computer. Choose another one in Badges → Badge printing settings…</source>
            <translation>The printer “{name}” is not available on this computer. Choose another one in Badges → Badge printing settings…</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Save badges as PDF</source>
            <translation>Save badges as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The badge PDF folder “{folder}” cannot be used ({reason}). Choose another one in Badges → Badge printing settings…</source>
            <translation>The badge PDF folder “{folder}” cannot be used ({reason}). Choose another one in Badges → Badge printing settings…</translation>
        </message>
        <message>
            <source>This badge is being printed right now: wait for it, then try again.</source>
            <translation>This badge is being printed right now: wait for it, then try again.</translation>
        </message>
        <message>
            <source>The badges were printed, but the print could not be recorded: {reason}</source>
            <translation>The badges were printed, but the print could not be recorded: {reason}</translation>
        </message>
        <message>
            <source>Writing the badge files stopped. Written, and recorded: {sent}. Not written: {rest}.</source>
            <translation>Writing the badge files stopped. Written, and recorded: {sent}. Not written: {rest}.</translation>
        </message>
        <message>
            <source>Printing stopped. Badges already sent to the printer, and recorded: {sent}. Not printed: {rest}.</source>
            <translation>Printing stopped. Badges already sent to the printer, and recorded: {sent}. Not printed: {rest}.</translation>
        </message>
        <message numerus="yes">
            <source>Badge preview — %n pages</source>
            <translation>
                <numerusform>Badge preview — %n page</numerusform>
                <numerusform>Badge preview — %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Badge preview — the first {shown} of %n pages</source>
            <translation>
                <numerusform>Badge preview — the first {shown} of %n page</numerusform>
                <numerusform>Badge preview — the first {shown} of %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>{day} is not a day of this event ({dates}).</source>
            <translation>{day} is not a day of this event ({dates}).</translation>
        </message>
        <message>
            <source>Dietary need: {need}</source>
            <translation>Dietary need: {need}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Checked in at</source>
            <translation>Checked in at</translation>
        </message>
        <message>
            <source>{item} (online)</source>
            <translation>{item} (online)</translation>
        </message>
        <message>
            <source>Items attended online</source>
            <translation>Items attended online</translation>
        </message>
        <message>
            <source>Items attended</source>
            <translation>Items attended</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Attendance report</source>
            <translation>Attendance report</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Checked in</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>% checked in</source>
            <translation>% checked in</translation>
        </message>
        <message>
            <source>Checked in on {day}</source>
            <translation>Checked in on {day}</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>Attendance by category</source>
            <translation>Attendance by category</translation>
        </message>
        <message>
            <source>Attendance by country</source>
            <translation>Attendance by country</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>(no country)</source>
            <translation>(no country)</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Inside / not back</source>
            <translation>Inside / not back</translation>
        </message>
        <message>
            <source>Generated at {time}, {zone}</source>
            <translation>Generated at {time}, {zone}</translation>
        </message>
        <message>
            <source>Not checked in at desk</source>
            <translation>Not checked in at desk</translation>
        </message>
        <message>
            <source>Catering</source>
            <translation>Catering</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Boarded at</source>
            <translation>Boarded at</translation>
        </message>
        <message>
            <source>First entry</source>
            <translation>First entry</translation>
        </message>
        <message>
            <source>Returned at</source>
            <translation>Returned at</translation>
        </message>
        <message>
            <source>Last exit</source>
            <translation>Last exit</translation>
        </message>
        <message>
            <source>Bus</source>
            <translation>Bus</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Not back</source>
            <translation>Not back</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Inside</translation>
        </message>
        <message>
            <source>Participants × items</source>
            <translation>Participants × items</translation>
        </message>
        <message>
            <source>checked in / registered ({pct} %)</source>
            <translation>checked in / registered ({pct} %)</translation>
        </message>
        <message>
            <source>registered in person</source>
            <translation>registered in person</translation>
        </message>
        <message>
            <source>registered online</source>
            <translation>registered online</translation>
        </message>
        <message>
            <source>checked in that day</source>
            <translation>checked in that day</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Other countries ({n})</source>
            <translation>Other countries ({n})</translation>
        </message>
        <message>
            <source>Attendees by category</source>
            <translation>Attendees by category</translation>
        </message>
        <message>
            <source>Attendees by country</source>
            <translation>Attendees by country</translation>
        </message>
        <message>
            <source>Cannot export to {file}: use a .xlsx, .csv or .pdf file name.</source>
            <translation>Cannot export to {file}: use a .xlsx, .csv or .pdf file name.</translation>
        </message>
        <message>
            <source>Attendance report ({scope}) written to {path}.</source>
            <translation>Attendance report ({scope}) written to {path}.</translation>
        </message>
        <message>
            <source>{checked} of {people} checked in; {items}.</source>
            <translation>{checked} of {people} checked in; {items}.</translation>
        </message>
        <message>
            <source>Without e-mail addresses and phone numbers.</source>
            <translation>Without e-mail addresses and phone numbers.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant rows.</source>
            <translation>
                <numerusform>%n participant row.</numerusform>
                <numerusform>%n participant rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>No connection to the server {url} ({reason}): saved on this computer ({path}); it goes to the server as soon as it answers.</source>
            <translation>No connection to the server {url} ({reason}): saved on this computer ({path}); it goes to the server as soon as it answers.</translation>
        </message>
        <message>
            <source>Sent to the server what this desk saved without it: {counts}.</source>
            <translation>Sent to the server what this desk saved without it: {counts}.</translation>
        </message>
        <message>
            <source>Desk's tables were created on {url}.</source>
            <translation>Desk's tables were created on {url}.</translation>
        </message>
        <message>
            <source>{url} already has Desk's tables: nothing to do.</source>
            <translation>{url} already has Desk's tables: nothing to do.</translation>
        </message>
        <message>
            <source>{url}: Desk's tables were brought up to date (schema {old} → {new}).</source>
            <translation>{url}: Desk's tables were brought up to date (schema {old} → {new}).</translation>
        </message>
        <message>
            <source>{tool} was not found: install PostgreSQL's client programs (Debian/Ubuntu: apt-get install postgresql-client) and try again. Nothing was written.</source>
            <translation>{tool} was not found: install PostgreSQL's client programs (Debian/Ubuntu: apt-get install postgresql-client) and try again. Nothing was written.</translation>
        </message>
        <message>
            <source>Server backup written: {path} ({size} KB, checked with pg_restore). To restore it into an empty database: pg_restore --no-owner --dbname=URL {path}</source>
            <translation>Server backup written: {path} ({size} KB, checked with pg_restore). To restore it into an empty database: pg_restore --no-owner --dbname=URL {path}</translation>
        </message>
        <message>
            <source>{tool} failed ({reason}): no backup was written.</source>
            <translation>{tool} failed ({reason}): no backup was written.</translation>
        </message>
        <message>
            <source>The server's database belongs to the event {db_event}, not {event}.</source>
            <translation>The server's database belongs to the event {db_event}, not {event}.</translation>
        </message>
        <message>
            <source>The connection to the server was lost: this was not saved. Do it again: it will be saved on this computer.</source>
            <translation>The connection to the server was lost: this was not saved. Do it again: it will be saved on this computer.</translation>
        </message>
        <message>
            <source>This desk's file {path} belongs to the event {local}, the server to {server}: choose another file with --local.</source>
            <translation>This desk's file {path} belongs to the event {local}, the server to {server}: choose another file with --local.</translation>
        </message>
        <message>
            <source>The database already has tables that are not Desk's ({tables}): nothing was changed. Give Desk an empty database of its own.</source>
            <translation>The database already has tables that are not Desk's ({tables}): nothing was changed. Give Desk an empty database of its own.</translation>
        </message>
        <message>
            <source>The server's database was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk on this computer.</source>
            <translation>The server's database was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk on this computer.</translation>
        </message>
        <message>
            <source>The server's database has schema {found}; this Desk needs {known}. Update it from a desk with `desk server init URL`.</source>
            <translation>The server's database has schema {found}; this Desk needs {known}. Update it from a desk with `desk server init URL`.</translation>
        </message>
        <message>
            <source>{url} has no Desk database yet: create it once with `desk server init {url}`.</source>
            <translation>{url} has no Desk database yet: create it once with `desk server init {url}`.</translation>
        </message>
        <message>
            <source>{url} is not a Desk server database.</source>
            <translation>{url} is not a Desk server database.</translation>
        </message>
        <message>
            <source>Server: {url} (PostgreSQL {version})</source>
            <translation>Server: {url} (PostgreSQL {version})</translation>
        </message>
        <message>
            <source>Schema: {version} (this Desk: {known})</source>
            <translation>Schema: {version} (this Desk: {known})</translation>
        </message>
        <message>
            <source>Event: {event}</source>
            <translation>Event: {event}</translation>
        </message>
        <message>
            <source>Desks: {desks} · participants: {participants} · records: {records}</source>
            <translation>Desks: {desks} · participants: {participants} · records: {records}</translation>
        </message>
        <message>
            <source>Round trip: {ms:.1f} ms</source>
            <translation>Round trip: {ms:.1f} ms</translation>
        </message>
        <message>
            <source>The server {url} does not answer ({reason}); nothing was changed.</source>
            <translation>The server {url} does not answer ({reason}); nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Remembered operator</source>
            <translation>Remembered operator</translation>
        </message>
        <message>
            <source>Last folder of a file dialog</source>
            <translation>Last folder of a file dialog</translation>
        </message>
        <message>
            <source>Automatic backup every (minutes)</source>
            <translation>Automatic backup every (minutes)</translation>
        </message>
        <message>
            <source>Where the data is: this computer's file or a server</source>
            <translation>Where the data is: this computer's file or a server</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>First-run setup done</source>
            <translation>First-run setup done</translation>
        </message>
        <message>
            <source>Shared sync folder</source>
            <translation>Shared sync folder</translation>
        </message>
        <message>
            <source>Badge printing after a check-in</source>
            <translation>Badge printing after a check-in</translation>
        </message>
        <message>
            <source>Print only for people without a badge yet</source>
            <translation>Print only for people without a badge yet</translation>
        </message>
        <message>
            <source>Badge printer</source>
            <translation>Badge printer</translation>
        </message>
        <message>
            <source>Badge layout</source>
            <translation>Badge layout</translation>
        </message>
        <message>
            <source>Folder of the badge PDF files</source>
            <translation>Folder of the badge PDF files</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Camera scanning on</source>
            <translation>Camera scanning on</translation>
        </message>
        <message>
            <source>Sound volume</source>
            <translation>Sound volume</translation>
        </message>
        <message>
            <source>Sounds muted</source>
            <translation>Sounds muted</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Nothing new: everything in these files was here already.</source>
            <translation>Nothing new: everything in these files was here already.</translation>
        </message>
        <message>
            <source>{file}: from {desk}, written {time}: {counts}.</source>
            <translation>{file}: from {desk}, written {time}: {counts}.</translation>
        </message>
        <message>
            <source>Merged: {counts} ({kinds}).</source>
            <translation>Merged: {counts} ({kinds}).</translation>
        </message>
        <message>
            <source>Online attendance merged: {counts}.</source>
            <translation>Online attendance merged: {counts}.</translation>
        </message>
        <message>
            <source>Edited at two desks: {name} ({code}). Kept the version of {desk} ({time}), not the one of {other_desk} ({other_time}); they differ in: {fields}. Check it.</source>
            <translation>Edited at two desks: {name} ({code}). Kept the version of {desk} ({time}), not the one of {other_desk} ({other_time}); they differ in: {fields}. Check it.</translation>
        </message>
        <message>
            <source>Checked in at two desks: {name} ({code}): {places}. Counted once.</source>
            <translation>Checked in at two desks: {name} ({code}): {places}. Counted once.</translation>
        </message>
        <message>
            <source>same e-mail</source>
            <translation>same e-mail</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>same country</translation>
        </message>
        <message>
            <source>Maybe the same person twice: {name} ({code}) and {other} ({other_code}), same name, {reason}. Check them.</source>
            <translation>Maybe the same person twice: {name} ({code}) and {other} ({other_code}), same name, {reason}. Check them.</translation>
        </message>
        <message numerus="yes">
            <source>%n online connections</source>
            <translation>
                <numerusform>%n online connection</numerusform>
                <numerusform>%n online connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identifications</source>
            <translation>
                <numerusform>%n identification</numerusform>
                <numerusform>%n identifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins</source>
            <translation>
                <numerusform>%n check-in</numerusform>
                <numerusform>%n check-ins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n door scans</source>
            <translation>
                <numerusform>%n door scan</numerusform>
                <numerusform>%n door scans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge prints</source>
            <translation>
                <numerusform>%n badge print</numerusform>
                <numerusform>%n badge prints</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancellations</source>
            <translation>
                <numerusform>%n cancellation</numerusform>
                <numerusform>%n cancellations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merges</source>
            <translation>
                <numerusform>%n merge</numerusform>
                <numerusform>%n merges</numerusform>
            </translation>
        </message>
        <message>
            <source>This database belongs to the event {db_event}, not {event}.</source>
            <translation>This database belongs to the event {db_event}, not {event}.</translation>
        </message>
        <message>
            <source>{file} is damaged (cut short or corrupted): it was not imported; nothing was changed.</source>
            <translation>{file} is damaged (cut short or corrupted): it was not imported; nothing was changed.</translation>
        </message>
        <message>
            <source>{file} is not a desk file: it was not imported; nothing was changed.</source>
            <translation>{file} is not a desk file: it was not imported; nothing was changed.</translation>
        </message>
        <message>
            <source>{file} cannot be read ({reason}): it was not imported; nothing was changed.</source>
            <translation>{file} cannot be read ({reason}): it was not imported; nothing was changed.</translation>
        </message>
        <message>
            <source>{file} is damaged (its checksum does not match): it was not imported; nothing was changed.</source>
            <translation>{file} is damaged (its checksum does not match): it was not imported; nothing was changed.</translation>
        </message>
        <message>
            <source>{file} was written by another version of Desk (file format {version}; this Desk reads format {known}): update Desk to import it; nothing was changed.</source>
            <translation>{file} was written by another version of Desk (file format {version}; this Desk reads format {known}): update Desk to import it; nothing was changed.</translation>
        </message>
        <message>
            <source>{file} is from another event ({file_event}; this desk is for {event}): it was not imported; nothing was changed.</source>
            <translation>{file} is from another event ({file_event}; this desk is for {event}): it was not imported; nothing was changed.</translation>
        </message>
        <message>
            <source>{file} gives the code {code} to {name}, but here it belongs to {other}, another participant (the same list imported at two desks?): it was not imported; nothing was changed.</source>
            <translation>{file} gives the code {code} to {name}, but here it belongs to {other}, another participant (the same list imported at two desks?): it was not imported; nothing was changed.</translation>
        </message>
        <message>
            <source>Choose at least one desk file to import.</source>
            <translation>Choose at least one desk file to import.</translation>
        </message>
        <message>
            <source>These desk files do not fit this database ({reason}): nothing was imported.</source>
            <translation>These desk files do not fit this database ({reason}): nothing was imported.</translation>
        </message>
        <message>
            <source>This desk's file: {path}</source>
            <translation>This desk's file: {path}</translation>
        </message>
        <message>
            <source>No other desk's file in {folder} yet.</source>
            <translation>No other desk's file in {folder} yet.</translation>
        </message>
        <message>
            <source>Left out {file}: {why}</source>
            <translation>Left out {file}: {why}</translation>
        </message>
        <message>
            <source>The shared folder {folder} cannot be reached.</source>
            <translation>The shared folder {folder} cannot be reached.</translation>
        </message>
        <message>
            <source>{path}: {counts} ({kinds}).</source>
            <translation>{path}: {counts} ({kinds}).</translation>
        </message>
        <message>
            <source>Online attendance: {counts}.</source>
            <translation>Online attendance: {counts}.</translation>
        </message>
        <message>
            <source>No records made at this desk ({desk}) yet.</source>
            <translation>No records made at this desk ({desk}) yet.</translation>
        </message>
        <message>
            <source>SHA-256: {sha}</source>
            <translation>SHA-256: {sha}</translation>
        </message>
        <message numerus="yes">
            <source>%n new identifications</source>
            <translation>
                <numerusform>%n new identification</numerusform>
                <numerusform>%n new identifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new online connections</source>
            <translation>
                <numerusform>%n new online connection</numerusform>
                <numerusform>%n new online connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records made at this desk ({desk}), from {first} to {last}.</source>
            <translation>
                <numerusform>%n record made at this desk ({desk}), from {first} to {last}.</numerusform>
                <numerusform>%n records made at this desk ({desk}), from {first} to {last}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records were here already (not added twice).</source>
            <translation>
                <numerusform>%n record was here already (not added twice).</numerusform>
                <numerusform>%n records were here already (not added twice).</numerusform>
            </translation>
        </message>
    </context>
</TS>
