<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AttendanceBreakdown</name>
        <message>
            <source>No country</source>
            <translation>Sin país</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n más</numerusform>
                <numerusform>+%n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in person</source>
            <translation>
                <numerusform>%n presencial</numerusform>
                <numerusform>%n presenciales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online</source>
            <translation>
                <numerusform>%n virtual</numerusform>
                <numerusform>%n virtuales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n total</source>
            <translation>
                <numerusform>%n en total</numerusform>
                <numerusform>%n en total</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendanceMenu</name>
        <message>
            <source>A&amp;ttendance</source>
            <translation>Asis&amp;tencia</translation>
        </message>
        <message>
            <source>&amp;Import online attendance…</source>
            <translation>&amp;Importar asistencia en línea…</translation>
        </message>
        <message>
            <source>&amp;Review online attendance…</source>
            <translation>&amp;Revisar asistencia virtual…</translation>
        </message>
        <message>
            <source>Online attendance and certificate r&amp;ules…</source>
            <translation>Re&amp;glas de asistencia virtual y constancias…</translation>
        </message>
        <message>
            <source>&amp;Certificates of attendance…</source>
            <translation>&amp;Constancias de asistencia…</translation>
        </message>
        <message>
            <source>&amp;Verify a certificate…</source>
            <translation>&amp;Verificar constancia…</translation>
        </message>
        <message>
            <source>Import online attendance (Zoom or Teams)</source>
            <translation>Importar asistencia en línea (Zoom o Teams)</translation>
        </message>
        <message>
            <source>Attendance reports (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>Informes de asistencia (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Activity log</source>
            <translation>Bitácora de actividad</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Search names, files, reasons… (Ctrl+F)</source>
            <translation>Buscar nombres, archivos, motivos… (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Today only</source>
            <translation>Solo &amp;hoy</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operador:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Acción:</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>All operators</source>
            <translation>Todos los operadores</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Todas las acciones</translation>
        </message>
        <message numerus="yes">
            <source>The newest %n entries; filter to see older ones.</source>
            <translation>
                <numerusform>La entrada más reciente; filtre para ver las anteriores.</numerusform>
                <numerusform>Las %n entradas más recientes; filtre para ver las anteriores.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries, newest first.</source>
            <translation>
                <numerusform>%n entrada.</numerusform>
                <numerusform>%n entradas, las más recientes primero.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupController</name>
        <message>
            <source>Automatic backup failed: {reason}</source>
            <translation>Falló el respaldo automático: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BadgeMenu</name>
        <message>
            <source>&amp;Badges</source>
            <translation>&amp;Gafetes</translation>
        </message>
        <message>
            <source>&amp;Print badge…</source>
            <translation>&amp;Imprimir gafete…</translation>
        </message>
        <message>
            <source>Print badges (&amp;batch)…</source>
            <translation>Imprimir gafetes (&amp;lote)…</translation>
        </message>
        <message>
            <source>&amp;Save badges as PDF…</source>
            <translation>&amp;Guardar gafetes como PDF…</translation>
        </message>
        <message>
            <source>Badge printing se&amp;ttings…</source>
            <translation>&amp;Configuración de impresión de gafetes…</translation>
        </message>
        <message>
            <source>Scan or choose a person first, then print the badge.</source>
            <translation>Primero escanee o elija a una persona; luego imprima el gafete.</translation>
        </message>
        <message>
            <source>Badge not printed: {reason}</source>
            <translation>Gafete no impreso: {reason}</translation>
        </message>
        <message>
            <source>Badge printed: {name}</source>
            <translation>Gafete impreso: {name}</translation>
        </message>
        <message>
            <source>Badges printed: {count}</source>
            <translation>Gafetes impresos: {count}</translation>
        </message>
        <message>
            <source>Badges saved to {path}</source>
            <translation>Gafetes guardados en {path}</translation>
        </message>
    </context>
    <context>
        <name>BadgePrinter</name>
        <message>
            <source>badge-{code}.pdf</source>
            <translation>gafete-{code}.pdf</translation>
        </message>
        <message>
            <source>badges-{day}-{count}.pdf</source>
            <translation>gafetes-{day}-{count}.pdf</translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <source>Print badges</source>
            <translation>Imprimir gafetes</translation>
        </message>
        <message>
            <source>Whose badges?</source>
            <translation>Gafetes para:</translation>
        </message>
        <message>
            <source>A &amp;category:</source>
            <translation>Una &amp;categoría:</translation>
        </message>
        <message>
            <source>&amp;Leave them out</source>
            <translation>&amp;Dejarlos fuera</translation>
        </message>
        <message>
            <source>Print them a&amp;gain (you will be asked why)</source>
            <translation>Imprimirlos de &amp;nuevo (se pedirá el motivo)</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Guardar como &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Imprimir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>{label} ({count})</source>
            <translation>{label} ({count})</translation>
        </message>
        <message>
            <source>The &amp;selected person: {name}</source>
            <translation>La persona &amp;seleccionada: {name}</translation>
        </message>
        <message>
            <source>The &amp;selected people ({count})</source>
            <translation>Las personas &amp;seleccionadas ({count})</translation>
        </message>
        <message>
            <source>The &amp;selected person (nobody is selected)</source>
            <translation>La persona &amp;seleccionada (no hay nadie seleccionado)</translation>
        </message>
        <message>
            <source>&amp;Everyone pre-registered without a badge yet ({count})</source>
            <translation>&amp;Toda persona preinscrita aún sin gafete ({count})</translation>
        </message>
        <message numerus="yes">
            <source>Already have a badge: %n of {total}.</source>
            <translation>
                <numerusform>Ya tiene gafete: %n de {total}.</numerusform>
                <numerusform>Ya tienen gafete: %n de {total}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Badges: {count} · pages: {pages} · {layout} · printer: {printer}</source>
            <translation>Gafetes: {count} · páginas: {pages} · {layout} · impresora: {printer}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Badges printed and recorded: {count}.</source>
            <translation>Gafetes impresos y registrados: {count}.</translation>
        </message>
        <message>
            <source>Badges saved to {path}: {count} (not recorded as printed).</source>
            <translation>Gafetes guardados en {path}: {count} (no se registran como impresos).</translation>
        </message>
        <message>
            <source>Preview opened.</source>
            <translation>Vista previa abierta.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was printed or recorded.</source>
            <translation>Cancelado: no se imprimió ni registró nada.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Hold the QR code in front of the camera</source>
            <translation>Sostenga el código QR frente a la cámara</translation>
        </message>
    </context>
    <context>
        <name>CameraScanner</name>
        <message>
            <source>The file or folder {path} was not found.</source>
            <translation>No se encontró el archivo o la carpeta {path}.</translation>
        </message>
        <message>
            <source>No camera was found on this computer. Connect one, or scan with the USB scanner.</source>
            <translation>No se encontró ninguna cámara en esta computadora. Conecte una o escanee con el lector USB.</translation>
        </message>
        <message>
            <source>Waiting for permission to use the camera…</source>
            <translation>Esperando permiso para usar la cámara…</translation>
        </message>
        <message>
            <source>Desk may not use the camera: allow it in the system settings.</source>
            <translation>Desk no tiene permiso para usar la cámara: permítalo en la configuración del sistema.</translation>
        </message>
        <message>
            <source>The camera cannot be used: it may be in use by another program ({reason}).</source>
            <translation>No se puede usar la cámara: puede que otro programa la esté usando ({reason}).</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>sin motivo indicado</translation>
        </message>
        <message>
            <source>The camera was disconnected. Connect it again, or scan with the USB scanner.</source>
            <translation>La cámara se desconectó. Conéctela de nuevo o escanee con el lector USB.</translation>
        </message>
        <message>
            <source>The video {name} cannot be played ({reason}).</source>
            <translation>No se puede reproducir el video {name} ({reason}).</translation>
        </message>
        <message>
            <source>The video has ended: its last picture stays in view.</source>
            <translation>El video terminó: su última imagen queda a la vista.</translation>
        </message>
        <message>
            <source>not a video Desk can play</source>
            <translation>no es un video que Desk pueda reproducir</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be read ({reason}).</source>
            <translation>No se puede leer la carpeta {folder} ({reason}).</translation>
        </message>
        <message>
            <source>The folder {folder} has no images (PNG or JPEG).</source>
            <translation>La carpeta {folder} no tiene imágenes (PNG o JPEG).</translation>
        </message>
        <message>
            <source>None of the images in the folder can be read.</source>
            <translation>No se puede leer ninguna de las imágenes de la carpeta.</translation>
        </message>
        <message>
            <source>All the images of the folder have been shown.</source>
            <translation>Ya se mostraron todas las imágenes de la carpeta.</translation>
        </message>
    </context>
    <context>
        <name>CertificateRuleFields</name>
        <message>
            <source>At least this many &amp;sessions:</source>
            <translation>Al menos esta cantidad de &amp;sesiones:</translation>
        </message>
        <message>
            <source>At least this share of the &amp;first day's sessions ({n}):</source>
            <translation>Al menos este porcentaje de las sesiones del &amp;primer día ({n}):</translation>
        </message>
        <message>
            <source>Sessions are the agenda items whose attendance is taken, breaks and meals left out; in person or online.</source>
            <translation>Las sesiones son las actividades en las que se registra la asistencia, sin contar recesos ni comidas; presenciales o virtuales.</translation>
        </message>
    </context>
    <context>
        <name>CertificatesDialog</name>
        <message>
            <source>Certificates of attendance</source>
            <translation>Constancias de asistencia</translation>
        </message>
        <message>
            <source>Who gets one</source>
            <translation>Quién la recibe</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Main &amp;language:</source>
            <translation>&amp;Idioma principal:</translation>
        </message>
        <message>
            <source>&amp;One PDF, a page per person</source>
            <translation>&amp;Un solo PDF, una página por persona</translation>
        </message>
        <message>
            <source>One PDF &amp;per person, in a folder</source>
            <translation>Un PDF por persona, en una &amp;carpeta</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Save &amp;to:</source>
            <translation>&amp;Destino:</translation>
        </message>
        <message>
            <source>What was written appears here.</source>
            <translation>Aquí aparece lo que se escribió.</translation>
        </message>
        <message>
            <source>&amp;Write the certificates</source>
            <translation>&amp;Generar las constancias</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>constancias</translation>
        </message>
        <message>
            <source>certificates.pdf</source>
            <translation>constancias.pdf</translation>
        </message>
        <message>
            <source>Folder for the certificates</source>
            <translation>Carpeta para las constancias</translation>
        </message>
        <message>
            <source>Save the certificates</source>
            <translation>Guardar las constancias</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose where to save them.</source>
            <translation>Elija dónde guardarlas.</translation>
        </message>
        <message>
            <source>Writing the certificates…</source>
            <translation>Generando las constancias…</translation>
        </message>
        <message>
            <source>Rule: {rule}.</source>
            <translation>Regla: {rule}.</translation>
        </message>
        <message>
            <source>Nobody meets the rule: nothing was written.</source>
            <translation>Nadie cumple la regla: no se escribió nada.</translation>
        </message>
        <message numerus="yes">
            <source>%n certificates written to {path}</source>
            <translation>
                <numerusform>%n constancia escrita en {path}</numerusform>
                <numerusform>%n constancias escritas en {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other people attended something but fall short of the rule.</source>
            <translation>
                <numerusform>%n persona más asistió a algo pero no cumple la regla.</numerusform>
                <numerusform>%n personas más asistieron a algo pero no cumplen la regla.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckinScreen</name>
        <message>
            <source>Scan a badge, or type a name, organisation, e-mail or country</source>
            <translation>Escanee un gafete o escriba un nombre, institución, correo o país</translation>
        </message>
        <message>
            <source>Confirm in person (Ctrl+Enter)</source>
            <translation>Confirmar presencial (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Print badge (F5)</source>
            <translation>Imprimir gafete (F5)</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalles…</translation>
        </message>
        <message>
            <source>+ Walk-in (Ctrl+N)</source>
            <translation>+ Registro en sitio (Ctrl+N)</translation>
        </message>
        <message>
            <source>No participants yet: import the registration list with File → Import participant list… (Ctrl+I).</source>
            <translation>Todavía no hay participantes: importe la lista de inscripción con Archivo → Importar lista de participantes… (Ctrl+I).</translation>
        </message>
        <message numerus="yes">
            <source>%n registered. Scan a badge or type a name; walk-in: Ctrl+N.</source>
            <translation>
                <numerusform>%n inscrito. Escanee un gafete o escriba un nombre; registro en sitio: Ctrl+N.</numerusform>
                <numerusform>%n inscritos. Escanee un gafete o escriba un nombre; registro en sitio: Ctrl+N.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>More than %n matches for “{query}”: keep typing.</source>
            <translation>
                <numerusform>Más de %n resultado para “{query}”: siga escribiendo.</numerusform>
                <numerusform>Más de %n resultados para “{query}”: siga escribiendo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matches: choose with ↑/↓, then Enter.</source>
            <translation>
                <numerusform>%n resultado: elija con ↑/↓ y luego Enter.</numerusform>
                <numerusform>%n resultados: elija con ↑/↓ y luego Enter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people match: choose one</source>
            <translation>
                <numerusform>%n persona coincide: elíjala</numerusform>
                <numerusform>%n personas coinciden: elija una</numerusform>
            </translation>
        </message>
        <message>
            <source>No participant matches “{query}”.</source>
            <translation>Ningún participante coincide con “{query}”.</translation>
        </message>
        <message>
            <source>One match: Enter checks in.</source>
            <translation>Un resultado: Enter lo acredita.</translation>
        </message>
        <message>
            <source>Print the badge? F5 prints; the next scan means no.</source>
            <translation>¿Imprimir el gafete? F5 lo imprime; el siguiente escaneo significa que no.</translation>
        </message>
        <message>
            <source>NO MATCH for “{query}”</source>
            <translation>SIN RESULTADOS para “{query}”</translation>
        </message>
        <message>
            <source>Check the spelling, or register a walk-in with Ctrl+N.</source>
            <translation>Revise la ortografía o haga un registro en sitio con Ctrl+N.</translation>
        </message>
        <message>
            <source>Use ↓/↑ to highlight the right person, then press Enter.</source>
            <translation>Use ↓/↑ para marcar a la persona correcta y presione Enter.</translation>
        </message>
        <message>
            <source>NOT SAVED: “{query}”</source>
            <translation>NO SE GUARDÓ: “{query}”</translation>
        </message>
        <message>
            <source>Press Enter to try again.</source>
            <translation>Presione Enter para intentarlo de nuevo.</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>LISTO</translation>
        </message>
        <message>
            <source>Scan a badge, or type a few letters of a name.</source>
            <translation>Escanee un gafete o escriba unas letras del nombre.</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>The database is damaged</source>
            <translation>La base de datos está dañada</translation>
        </message>
        <message>
            <source>&lt;b&gt;The desk's database is damaged.&lt;/b&gt;</source>
            <translation>&lt;b&gt;La base de datos de este puesto está dañada.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Desk did not close properly last time (a power cut, a crash), and the full check it then runs found damage in {path}.</source>
            <translation>Desk no se cerró bien la última vez (un corte de luz, una falla), y la revisión completa que hace en ese caso encontró daños en {path}.</translation>
        </message>
        <message>
            <source>The check at start found damage in {path}.</source>
            <translation>La revisión al iniciar encontró daños en {path}.</translation>
        </message>
        <message>
            <source>The newest good backup was taken at {when}, with {counts}. Check-ins made after it must be entered again (or brought back from another desk's file). The damaged file is kept aside for support, never deleted.</source>
            <translation>El último respaldo válido se hizo el {when}, con {counts}. Las acreditaciones posteriores deberán ingresarse de nuevo (o recuperarse del archivo de otro puesto). El archivo dañado se guarda aparte para soporte técnico; nunca se borra.</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup (taken {time}, {counts})</source>
            <translation>&amp;Restaurar el respaldo más reciente (de las {time}, {counts})</translation>
        </message>
        <message>
            <source>No good backup of this database was found. Do not delete anything: call support, who can try to rescue the data from the damaged file.</source>
            <translation>No se encontró ningún respaldo válido de esta base de datos. No borre nada: llame a soporte técnico, que puede intentar rescatar los datos del archivo dañado.</translation>
        </message>
        <message>
            <source>What SQLite reported: {problems}</source>
            <translation>Lo que informó SQLite: {problems}</translation>
        </message>
        <message>
            <source>&amp;Quit and call support</source>
            <translation>&amp;Salir y llamar a soporte técnico</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>checked in / registered in person</source>
            <translation>acreditados / inscritos presenciales</translation>
        </message>
        <message>
            <source>in person, not checked in yet</source>
            <translation>presenciales aún sin acreditar</translation>
        </message>
        <message>
            <source>registered online</source>
            <translation>inscritos virtuales</translation>
        </message>
        <message>
            <source>inside now</source>
            <translation>en sala ahora</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message numerus="yes">
            <source>%n came in person</source>
            <translation>
                <numerusform>%n vino en persona</numerusform>
                <numerusform>%n vinieron en persona</numerusform>
            </translation>
        </message>
        <message>
            <source>on board: {item}</source>
            <translation>a bordo: {item}</translation>
        </message>
        <message>
            <source>inside now: {item}</source>
            <translation>en sala ahora: {item}</translation>
        </message>
        <message>
            <source>Updated at {time}</source>
            <translation>Actualizado a las {time}</translation>
        </message>
        <message>
            <source>Could not update: {error}</source>
            <translation>No se pudo actualizar: {error}</translation>
        </message>
    </context>
    <context>
        <name>DataFields</name>
        <message>
            <source>Write the server's address: postgresql://USER@COMPUTER/DATABASE.</source>
            <translation>Escriba la dirección del servidor: postgresql://USUARIO@EQUIPO/BASE.</translation>
        </message>
        <message>
            <source>{url} is not a server address: write postgresql://USER@COMPUTER/DATABASE.</source>
            <translation>{url} no es una dirección de servidor: escriba postgresql://USUARIO@EQUIPO/BASE.</translation>
        </message>
        <message>
            <source>The server {url} refused the connection: {reason}</source>
            <translation>El servidor {url} rechazó la conexión: {reason}</translation>
        </message>
        <message>
            <source>✔ Connected.</source>
            <translation>✔ Conexión correcta.</translation>
        </message>
        <message>
            <source>One des&amp;k (a file on this computer)</source>
            <translation>Un solo puesto (&amp;archivo en este equipo)</translation>
        </message>
        <message>
            <source>Se&amp;veral desks with a server</source>
            <translation>&amp;Varios puestos con un servidor</translation>
        </message>
        <message>
            <source>Server address (&amp;URL):</source>
            <translation>Dirección del servidor (&amp;URL):</translation>
        </message>
        <message>
            <source>postgresql://USER@COMPUTER/DATABASE</source>
            <translation>postgresql://USUARIO@EQUIPO/BASE</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Pro&amp;bar conexión</translation>
        </message>
        <message>
            <source>Connecting to {url}…</source>
            <translation>Conectando con {url}…</translation>
        </message>
    </context>
    <context>
        <name>DoorScreen</name>
        <message>
            <source>Switch to {title} (starts {time}) — F6</source>
            <translation>Cambiar a {title} (empieza a las {time}) — F6</translation>
        </message>
        <message>
            <source>Bus:</source>
            <translation>Bus:</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Mesa:</translation>
        </message>
        <message>
            <source>— choose the table —</source>
            <translation>— elija la mesa —</translation>
        </message>
        <message>
            <source>▲ BOARDING</source>
            <translation>▲ ABORDAJE</translation>
        </message>
        <message>
            <source>▼ RETURN</source>
            <translation>▼ REGRESO</translation>
        </message>
        <message>
            <source>→ ENTRY</source>
            <translation>→ ENTRADA</translation>
        </message>
        <message>
            <source>← EXIT</source>
            <translation>← SALIDA</translation>
        </message>
        <message>
            <source>Scanning BOARDING: scan each badge as the person gets on the bus.</source>
            <translation>Modo ABORDAJE: escanee cada gafete cuando la persona suba al bus.</translation>
        </message>
        <message>
            <source>Scanning ENTRY: scan each badge as the person comes in.</source>
            <translation>Modo ENTRADA: escanee cada gafete cuando la persona entre.</translation>
        </message>
        <message>
            <source>Scanning RETURN: scan each badge as the person is back from the visit.</source>
            <translation>Modo REGRESO: escanee cada gafete cuando la persona regrese de la visita.</translation>
        </message>
        <message>
            <source>Scanning EXIT: scan each badge as the person leaves.</source>
            <translation>Modo SALIDA: escanee cada gafete cuando la persona salga.</translation>
        </message>
        <message>
            <source>NOT SAVED: “{code}”</source>
            <translation>NO SE GUARDÓ: “{code}”</translation>
        </message>
        <message>
            <source>Scan the badge again.</source>
            <translation>Escanee el gafete de nuevo.</translation>
        </message>
        <message>
            <source>Enter records it anyway; Esc or the next scan: not recorded.</source>
            <translation>Enter lo registra de todos modos; Esc o el siguiente escaneo: no se registra.</translation>
        </message>
        <message>
            <source>NOTHING TO UNDO</source>
            <translation>NADA QUE DESHACER</translation>
        </message>
        <message>
            <source>No scan of this screen to undo.</source>
            <translation>No hay ningún escaneo de esta pantalla para deshacer.</translation>
        </message>
        <message>
            <source>Scan undone: {name}</source>
            <translation>Escaneo deshecho: {name}</translation>
        </message>
        <message>
            <source>The scan no longer counts (a void record was written).</source>
            <translation>El escaneo ya no cuenta (se guardó un registro de anulación).</translation>
        </message>
        <message>
            <source>NOT RECORDED</source>
            <translation>NO REGISTRADO</translation>
        </message>
        <message>
            <source>The scan outside the item's time was not recorded.</source>
            <translation>El escaneo fuera del horario de la actividad no se registró.</translation>
        </message>
        <message>
            <source>CHOOSE THE TABLE FIRST: not recorded</source>
            <translation>ELIJA LA MESA PRIMERO: no registrado</translation>
        </message>
        <message>
            <source>Pick the World Café table above, then scan the badge again.</source>
            <translation>Elija arriba la mesa del World Café y vuelva a escanear el gafete.</translation>
        </message>
        <message>
            <source>READY</source>
            <translation>LISTO</translation>
        </message>
        <message numerus="yes">
            <source>%n boarded</source>
            <translation>
                <numerusform>%n abordó</numerusform>
                <numerusform>%n abordaron</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not back yet</source>
            <translation>
                <numerusform>%n aún sin regresar</numerusform>
                <numerusform>%n aún sin regresar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attended</source>
            <translation>
                <numerusform>%n asistió</numerusform>
                <numerusform>%n asistieron</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside</source>
            <translation>
                <numerusform>%n adentro</numerusform>
                <numerusform>%n adentro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{place}: %n not back</source>
            <translation>
                <numerusform>{place}: %n sin regresar</numerusform>
                <numerusform>{place}: %n sin regresar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n scanned</source>
            <translation>
                <numerusform>%n escaneado</numerusform>
                <numerusform>%n escaneados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n there now</source>
            <translation>
                <numerusform>%n en la mesa ahora</numerusform>
                <numerusform>%n en la mesa ahora</numerusform>
            </translation>
        </message>
        <message>
            <source>Dietary needs: {needs}</source>
            <translation>Necesidades alimentarias: {needs}</translation>
        </message>
        <message numerus="yes">
            <source>⚑ %n scanned here without checking in at the desk</source>
            <translation>
                <numerusform>⚑ %n persona escaneada aquí sin acreditación previa</numerusform>
                <numerusform>⚑ %n personas escaneadas aquí sin acreditación previa</numerusform>
            </translation>
        </message>
        <message>
            <source>Catering headcount: {count}</source>
            <translation>Conteo para alimentación: {count}</translation>
        </message>
        <message>
            <source>Agenda item:</source>
            <translation>Actividad:</translation>
        </message>
        <message>
            <source>↶ Undo last scan (Ctrl+Z)</source>
            <translation>↶ Deshacer último escaneo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Record anyway (Enter)</source>
            <translation>Registrar de todos modos (Enter)</translation>
        </message>
        <message>
            <source>F2 switches between entry and exit</source>
            <translation>F2 cambia entre entrada y salida</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicate participants</source>
            <translation>Posibles participantes duplicados</translation>
        </message>
        <message>
            <source>These registrations look like the same person (the same name in another order or without accents, a name without a second name, a one-letter typo, the same e-mail or phone), most likely first. Compare them, then keep one: the other's check-ins, door scans and badges count for the one kept, and its badge keeps working.</source>
            <translation>Estos registros parecen ser de la misma persona (el mismo nombre en otro orden o sin acentos, un nombre sin su segundo nombre o apellido, una letra distinta, el mismo correo o teléfono); los más probables, primero. Compárelos y conserve uno: las acreditaciones, los escaneos en puerta y los gafetes del otro cuentan para el que se conserva, y su gafete sigue funcionando.</translation>
        </message>
        <message>
            <source>Keep the left one, merge the right one into it (Ctrl+←)</source>
            <translation>Conservar el izquierdo, fusionar el derecho (Ctrl+←)</translation>
        </message>
        <message>
            <source>Keep the right one, merge the left one into it (Ctrl+→)</source>
            <translation>Conservar el derecho, fusionar el izquierdo (Ctrl+→)</translation>
        </message>
        <message>
            <source>No likely duplicates: nothing to merge.</source>
            <translation>No hay posibles duplicados: nada que fusionar.</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Código de gafete</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscripción</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Acreditación</translation>
        </message>
        <message>
            <source>Badges printed</source>
            <translation>Gafetes impresos</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Why: {reasons}</source>
            <translation>Motivo: {reasons}</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>registro en sitio</translation>
        </message>
        <message>
            <source>pre-registered</source>
            <translation>preinscrito</translation>
        </message>
        <message>
            <source>Merge participants</source>
            <translation>Fusionar participantes</translation>
        </message>
        <message>
            <source>Keep {keep} ({keep_code}) and merge {absorb} ({absorb_code}) into it?

Every check-in, door scan and badge of both will count for {keep}; the badge {absorb_code} will find {keep}. Empty details of {keep} are taken from the other registration.</source>
            <translation>¿Conservar a {keep} ({keep_code}) y fusionar en ese registro a {absorb} ({absorb_code})?

Todas las acreditaciones, escaneos en puerta y gafetes de ambos contarán para {keep}; el gafete {absorb_code} encontrará a {keep}. Los datos vacíos de {keep} se toman del otro registro.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import participants</source>
            <translation>Importar participantes</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>Archivo: {name}</translation>
        </message>
        <message>
            <source>The whole file is imported in one step: if any line has a problem, nothing is imported and every problem is listed. People already known are updated, never duplicated.</source>
            <translation>El archivo se importa entero en un solo paso: si alguna línea tiene un problema, no se importa nada y se enumeran todos los problemas. Las personas ya conocidas se actualizan, nunca se duplican.</translation>
        </message>
        <message>
            <source>The report appears here.</source>
            <translation>El informe aparece aquí.</translation>
        </message>
        <message>
            <source>&amp;Check only</source>
            <translation>Solo &amp;revisar</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>⚠ This list has no category column: unless you choose, everybody gets the category “{category}” (and its badge colour).</source>
            <translation>⚠ Esta lista no tiene columna de categoría: si no elige, todas las personas reciben la categoría “{category}” (y su color de gafete).</translation>
        </message>
        <message>
            <source>Category for the &amp;whole file:</source>
            <translation>Categoría para &amp;todo el archivo:</translation>
        </message>
        <message>
            <source>Rules, before it (the first that matches wins): organisation or e-mail domain contains … → category</source>
            <translation>Reglas, antes que ella (gana la primera que coincide): la institución o el dominio de correo contiene … → categoría</translation>
        </message>
        <message>
            <source>Organisation or e-mail domain contains</source>
            <translation>La institución o el dominio de correo contiene</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>&amp;Add rule</source>
            <translation>&amp;Agregar regla</translation>
        </message>
        <message>
            <source>&amp;Remove rule</source>
            <translation>&amp;Quitar regla</translation>
        </message>
        <message>
            <source>Add the &amp;suggested rules</source>
            <translation>Agregar las reglas &amp;sugeridas</translation>
        </message>
        <message>
            <source>Organisations of the list that name a category (found by Check only)</source>
            <translation>Instituciones de la lista que nombran una categoría (las encuentra “Solo revisar”)</translation>
        </message>
        <message>
            <source>Check only shows how many people get each category, before importing.</source>
            <translation>“Solo revisar” muestra cuántas personas reciben cada categoría, antes de importar.</translation>
        </message>
        <message>
            <source>The choice changed: Check only shows the new counts.</source>
            <translation>La elección cambió: “Solo revisar” muestra las nuevas cifras.</translation>
        </message>
        <message>
            <source>Preview: {counts}</source>
            <translation>Vista previa: {counts}</translation>
        </message>
        <message>
            <source>Imported: {counts}</source>
            <translation>Importado: {counts}</translation>
        </message>
        <message>
            <source>after the import, see them all in File › Possible duplicates</source>
            <translation>después de importar, véalos todos en Archivo › Posibles duplicados</translation>
        </message>
        <message>
            <source>see them all in File › Possible duplicates</source>
            <translation>véalos todos en Archivo › Posibles duplicados</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <source>Attendance by category and country</source>
            <translation>Asistencia por categoría y país</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Leave the kiosk mode</source>
            <translation>Salir del modo quiosco</translation>
        </message>
        <message>
            <source>Supervisor's PIN</source>
            <translation>PIN del supervisor</translation>
        </message>
        <message>
            <source>Press Enter</source>
            <translation>Presione Enter</translation>
        </message>
        <message>
            <source>Enter the supervisor's PIN, then press Enter.</source>
            <translation>Escriba el PIN de un supervisor y presione Enter.</translation>
        </message>
        <message>
            <source>This desk has no supervisor: press Enter to leave the kiosk.</source>
            <translation>Este puesto no tiene supervisor: presione Enter para salir del quiosco.</translation>
        </message>
        <message>
            <source>Wrong PIN: this needs a supervisor's PIN.</source>
            <translation>PIN incorrecto: se requiere el PIN de un supervisor.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Import participant list…</source>
            <translation>&amp;Importar lista de participantes…</translation>
        </message>
        <message>
            <source>&amp;Export participants…</source>
            <translation>&amp;Exportar participantes…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About Desk</source>
            <translation>&amp;Acerca de Desk</translation>
        </message>
        <message>
            <source>&amp;Walk-in registration…</source>
            <translation>&amp;Registro en sitio…</translation>
        </message>
        <message>
            <source>Participant &amp;details…</source>
            <translation>&amp;Detalles del participante…</translation>
        </message>
        <message>
            <source>Change &amp;operator or desk name…</source>
            <translation>Cambiar &amp;operador o nombre del puesto…</translation>
        </message>
        <message>
            <source>Possible d&amp;uplicates…</source>
            <translation>Posibles d&amp;uplicados…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>Operators and &amp;PINs…</source>
            <translation>Operadores y &amp;PIN…</translation>
        </message>
        <message>
            <source>Activity &amp;log…</source>
            <translation>&amp;Bitácora de actividad…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Respaldar a&amp;hora</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>Res&amp;taurar un respaldo…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Check-in desk</source>
            <translation>&amp;Acreditación</translation>
        </message>
        <message>
            <source>&amp;Door and bus: attendance</source>
            <translation>&amp;Puerta y bus: asistencia</translation>
        </message>
        <message>
            <source>Dash&amp;board</source>
            <translation>&amp;Tablero</translation>
        </message>
        <message>
            <source>&amp;Full screen</source>
            <translation>Pantalla &amp;completa</translation>
        </message>
        <message>
            <source>Desk: {name}</source>
            <translation>Puesto: {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{checked}&lt;/b&gt; / {registered} checked in</source>
            <translation>&lt;b&gt;{checked}&lt;/b&gt; / {registered} acreditados</translation>
        </message>
        <message numerus="yes">
            <source>in person · %n online</source>
            <translation>
                <numerusform>presenciales · %n virtual</numerusform>
                <numerusform>presenciales · %n virtuales</numerusform>
            </translation>
        </message>
        <message>
            <source>Desk &lt;b&gt;{desk}&lt;/b&gt; · operator &lt;b&gt;{operator}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{desk}&lt;/b&gt; · Atiende: &lt;b&gt;{operator}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Now: {time} {title}</source>
            <translation>Ahora: {time} {title}</translation>
        </message>
        <message>
            <source>Today's agenda — {day}</source>
            <translation>Agenda de hoy — {day}</translation>
        </message>
        <message>
            <source>Agenda — {day}</source>
            <translation>Agenda — {day}</translation>
        </message>
        <message>
            <source>Now: {text}</source>
            <translation>Ahora: {text}</translation>
        </message>
        <message>
            <source>Backed up: {name}</source>
            <translation>Respaldo hecho: {name}</translation>
        </message>
        <message>
            <source>⚠ Backup failed: {message}</source>
            <translation>⚠ Falló el respaldo: {message}</translation>
        </message>
        <message>
            <source>settings changed</source>
            <translation>configuración cambiada</translation>
        </message>
        <message>
            <source>Where the data is changes the next time Desk starts.</source>
            <translation>El lugar de los datos cambia la próxima vez que se inicie Desk.</translation>
        </message>
        <message>
            <source>Import participant list</source>
            <translation>Importar lista de participantes</translation>
        </message>
        <message>
            <source>Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
            <translation>Listas de participantes (*.csv *.xlsx *.txt *.tsv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Export participants</source>
            <translation>Exportar participantes</translation>
        </message>
        <message>
            <source>participants.xlsx</source>
            <translation>participantes.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting participants…</source>
            <translation>Exportando participantes…</translation>
        </message>
        <message numerus="yes">
            <source>%n participants written to {path}</source>
            <translation>
                <numerusform>%n participante guardado en {path}</numerusform>
                <numerusform>%n participantes guardados en {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>About Desk</source>
            <translation>Acerca de Desk</translation>
        </message>
        <message>
            <source>{app} {version}
Registration desk for {event}.
Database: {path}</source>
            <translation>{app} {version}
Sistema de acreditación para {event}.
Base de datos: {path}</translation>
        </message>
        <message>
            <source>Please wait: an import or a print is still running.</source>
            <translation>Espere: todavía hay una importación o una impresión en curso.</translation>
        </message>
        <message>
            <source>{name}: {people}, with contact data</source>
            <translation>{name}: {people}, con datos de contacto</translation>
        </message>
        <message numerus="yes">
            <source>+%n more…</source>
            <translation>
                <numerusform>+%n más…</numerusform>
                <numerusform>+%n más…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManifestPanel</name>
        <message>
            <source>All buses</source>
            <translation>Todos los buses</translation>
        </message>
        <message>
            <source>Bus manifest</source>
            <translation>Lista de pasajeros</translation>
        </message>
        <message>
            <source>Save manifest as PDF</source>
            <translation>Guardar lista de pasajeros como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Printing the manifest…</source>
            <translation>Imprimiendo la lista de pasajeros…</translation>
        </message>
        <message numerus="yes">
            <source>%n not back yet</source>
            <translation>
                <numerusform>%n aún sin regresar</numerusform>
                <numerusform>%n aún sin regresar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>all</source>
            <translation>todos</translation>
        </message>
        <message>
            <source>manifest-{which}-{stamp}.pdf</source>
            <translation>lista-pasajeros-{which}-{stamp}.pdf</translation>
        </message>
        <message numerus="yes">
            <source>Manifest sent to the printer (%n pages).</source>
            <translation>
                <numerusform>Lista de pasajeros enviada a la impresora (%n página).</numerusform>
                <numerusform>Lista de pasajeros enviada a la impresora (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the manifest…</source>
            <translation>Guardando la lista de pasajeros…</translation>
        </message>
        <message>
            <source>Manifest saved to {path}</source>
            <translation>Lista de pasajeros guardada en {path}</translation>
        </message>
        <message>
            <source>Only not back</source>
            <translation>Solo sin regresar</translation>
        </message>
        <message>
            <source>Print manifest…</source>
            <translation>Imprimir lista…</translation>
        </message>
        <message>
            <source>Save manifest as PDF…</source>
            <translation>Guardar lista como PDF…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Bus</source>
            <translation>Bus</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Boarded at</source>
            <translation>Abordó</translation>
        </message>
        <message>
            <source>Returned at</source>
            <translation>Regresó</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
    </context>
    <context>
        <name>OnlineImportDialog</name>
        <message>
            <source>Import online attendance</source>
            <translation>Importar asistencia en línea</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>Archivo: {name}</translation>
        </message>
        <message>
            <source>&amp;Time zone of the file's times:</source>
            <translation>&amp;Zona horaria de las horas del archivo:</translation>
        </message>
        <message>
            <source>Zoom and Teams write their times without a time zone: they are read in the zone chosen here (the event's: {zone}).</source>
            <translation>Zoom y Teams escriben las horas sin zona horaria: se leen en la zona elegida aquí (la del evento: {zone}).</translation>
        </message>
        <message>
            <source>Order of the dates in the file</source>
            <translation>Orden de las fechas del archivo</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Conexiones</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>%n connections in the file.</source>
            <translation>
                <numerusform>%n conexión en el archivo.</numerusform>
                <numerusform>%n conexiones en el archivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the time zone, then Import (Enter).</source>
            <translation>Revise la zona horaria y luego Importar (Intro).</translation>
        </message>
        <message>
            <source>Choose the order of the dates, check the time zone, then Import.</source>
            <translation>Elija el orden de las fechas, revise la zona horaria y luego Importar.</translation>
        </message>
        <message>
            <source>Nothing in the file says whether its dates are day/month or month/day. For example {date}:</source>
            <translation>Nada en el archivo indica si sus fechas son día/mes o mes/día. Por ejemplo, {date}:</translation>
        </message>
        <message>
            <source>&amp;Day/month: {date}</source>
            <translation>&amp;Día/mes: {date}</translation>
        </message>
        <message>
            <source>&amp;Month/day: {date}</source>
            <translation>&amp;Mes/día: {date}</translation>
        </message>
        <message>
            <source>(a day of the event)</source>
            <translation>(un día del evento)</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone: choose one from the list.</source>
            <translation>“{zone}” no es una zona horaria: elija una de la lista.</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <source>Nothing was imported: the database is unchanged.</source>
            <translation>No se importó nada: la base de datos no cambió.</translation>
        </message>
        <message>
            <source>Zoom meeting</source>
            <translation>Reunión de Zoom</translation>
        </message>
        <message>
            <source>Zoom webinar</source>
            <translation>Seminario web de Zoom</translation>
        </message>
        <message>
            <source>Microsoft Teams meeting</source>
            <translation>Reunión de Microsoft Teams</translation>
        </message>
        <message>
            <source>{source}, file {name}</source>
            <translation>{source}, archivo {name}</translation>
        </message>
        <message>
            <source>This file was already imported: nothing changed.</source>
            <translation>Este archivo ya se había importado: no cambió nada.</translation>
        </message>
        <message>
            <source>Rows read: {n}</source>
            <translation>Filas leídas: {n}</translation>
        </message>
        <message>
            <source>Connections: {n}</source>
            <translation>Conexiones: {n}</translation>
        </message>
        <message>
            <source>Matched to participants: {n}</source>
            <translation>Identificadas con participantes: {n}</translation>
        </message>
        <message>
            <source>To review (nobody found for sure): {n}</source>
            <translation>Por revisar (sin identificar con certeza): {n}</translation>
        </message>
        <message>
            <source>Not participants: {n}</source>
            <translation>No participantes: {n}</translation>
        </message>
        <message>
            <source>No connection overlaps an agenda item.</source>
            <translation>Ninguna conexión coincide con una actividad.</translation>
        </message>
        <message>
            <source>Decide who the unmatched people are in Attendance › Review online attendance.</source>
            <translation>Decida quiénes son las personas sin identificar en Asistencia › Revisar asistencia virtual.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Review %n unmatched…</source>
            <translation>
                <numerusform>&amp;Revisar %n sin identificar…</numerusform>
                <numerusform>&amp;Revisar %n sin identificar…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OnlineReviewDialog</name>
        <message>
            <source>Who is each of these online connections? Enter: the person chosen below. Ctrl+N: not a participant. Ctrl+Z: undo the last decision. Page Up/Page Down: the previous or next one.</source>
            <translation>¿Quién es cada una de estas conexiones virtuales? Intro: la persona elegida abajo. Ctrl+N: no es participante. Ctrl+Z: deshacer la última decisión. Re Pág/Av Pág: la anterior o la siguiente.</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Nombre en el archivo</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Conexiones</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>First connection</source>
            <translation>Primera conexión</translation>
        </message>
        <message>
            <source>&amp;Search a participant:</source>
            <translation>&amp;Buscar un participante:</translation>
        </message>
        <message>
            <source>Name, organisation, e-mail or badge code; empty: Desk's candidates</source>
            <translation>Nombre, institución, correo o código del gafete; vacío: los candidatos de Desk</translation>
        </message>
        <message>
            <source>&amp;This is the person (Enter)</source>
            <translation>&amp;Es esta persona (Intro)</translation>
        </message>
        <message>
            <source>&amp;Not a participant (Ctrl+N)</source>
            <translation>&amp;No es participante (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Undo the last decision (Ctrl+Z)</source>
            <translation>&amp;Deshacer la última decisión (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Nobody to review: every online connection is decided.</source>
            <translation>Nada por revisar: todas las conexiones virtuales están decididas.</translation>
        </message>
        <message>
            <source>Online attendance to review</source>
            <translation>Asistencia virtual por revisar</translation>
        </message>
        <message numerus="yes">
            <source>Online attendance to review: %n left</source>
            <translation>
                <numerusform>Asistencia virtual por revisar: queda %n</numerusform>
                <numerusform>Asistencia virtual por revisar: quedan %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Who is {who}?</source>
            <translation>¿Quién es {who}?</translation>
        </message>
        <message>
            <source>No participant matches “{query}”.</source>
            <translation>Ningún participante coincide con “{query}”.</translation>
        </message>
        <message>
            <source>No candidate found: search for the person above.</source>
            <translation>Sin candidatos: busque a la persona arriba.</translation>
        </message>
        <message>
            <source>(cancelled)</source>
            <translation>(cancelado)</translation>
        </message>
        <message>
            <source>“{who}”: not a participant.</source>
            <translation>“{who}”: no es participante.</translation>
        </message>
        <message>
            <source>“{who}” is {name} ({code}).</source>
            <translation>“{who}” es {name} ({code}).</translation>
        </message>
        <message>
            <source>Ctrl+Z undoes it.</source>
            <translation>Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Undone: “{who}” is to review again.</source>
            <translation>Deshecho: “{who}” vuelve a estar por revisar.</translation>
        </message>
    </context>
    <context>
        <name>OnlineRulesDialog</name>
        <message>
            <source>Online attendance and certificate rules</source>
            <translation>Reglas de asistencia virtual y constancias</translation>
        </message>
        <message>
            <source>Present online at an agenda item</source>
            <translation>Presente de forma virtual en una actividad</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Connected at least &amp;minutes:</source>
            <translation>Conectado al menos estos &amp;minutos:</translation>
        </message>
        <message>
            <source>or this share of the &amp;item:</source>
            <translation>o este porcentaje de la &amp;actividad:</translation>
        </message>
        <message>
            <source>Certificate of attendance</source>
            <translation>Constancia de asistencia</translation>
        </message>
        <message>
            <source>These rules are the event's: they are kept in the database, so every desk, the reports and the desk command use them.</source>
            <translation>Estas reglas son del evento: se guardan en la base de datos, así que todos los puestos, los informes y el comando desk las usan.</translation>
        </message>
        <message numerus="yes">
            <source>Somebody counts as present online when their connections overlap the item by at least %n min, or {percent} % of the item when that is less (a 20-minute item: {short}). Rejoins and two devices count once; in the room and online counts as in person.</source>
            <translation>
                <numerusform>Una persona cuenta como presente de forma virtual cuando sus conexiones coinciden con la actividad al menos %n min, o el {percent} % de la actividad si eso es menos (una actividad de 20 minutos: {short}). Las reconexiones y dos dispositivos cuentan una vez; en la sala y de forma virtual cuenta como presencial.</numerusform>
                <numerusform>Una persona cuenta como presente de forma virtual cuando sus conexiones coinciden con la actividad al menos %n min, o el {percent} % de la actividad si eso es menos (una actividad de 20 minutos: {short}). Las reconexiones y dos dispositivos cuentan una vez; en la sala y de forma virtual cuenta como presencial.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source>Operators and PINs</source>
            <translation>Operadores y PIN</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Name as it appears on records</source>
            <translation>Nombre tal como aparece en los registros</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>&amp;PIN (4 to 8 digits):</source>
            <translation>&amp;PIN (de 4 a 8 dígitos):</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>Repi&amp;ta el PIN:</translation>
        </message>
        <message>
            <source>&amp;Save operator</source>
            <translation>&amp;Guardar operador</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Voids, reprints, merging people, restores and exports with contact data need a supervisor's PIN.</source>
            <translation>Las anulaciones, reimpresiones, fusiones de personas, restauraciones y exportaciones con datos de contacto requieren el PIN de un supervisor.</translation>
        </message>
        <message>
            <source>⚠ No supervisor yet: voids, reprints, merging people, restores and exports with contact data are open to everyone at this desk. Add a supervisor first.</source>
            <translation>⚠ Todavía no hay supervisor: cualquier persona en este puesto puede hacer anulaciones, reimpresiones, fusiones de personas, restauraciones y exportaciones con datos de contacto. Agregue primero un supervisor.</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice.</source>
            <translation>Los dos PIN no coinciden: escriba el mismo PIN dos veces.</translation>
        </message>
        <message>
            <source>{name}: PIN set, role {role}</source>
            <translation>{name}: PIN asignado, rol {role}</translation>
        </message>
        <message>
            <source>Remove {name} from this desk's operators?</source>
            <translation>¿Quitar a {name} de los operadores de este puesto?</translation>
        </message>
        <message>
            <source>{name} is the only supervisor: without one, guarded actions are open to everyone.</source>
            <translation>{name} es el único supervisor: sin supervisor, cualquier persona puede hacer las acciones protegidas.</translation>
        </message>
        <message>
            <source>Remove operator</source>
            <translation>Quitar operador</translation>
        </message>
        <message>
            <source>{name} removed</source>
            <translation>Se quitó a {name}</translation>
        </message>
        <message>
            <source>Manage operators and PINs</source>
            <translation>Administrar operadores y PIN</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>&amp;Why is the check-in voided?</source>
            <translation>¿&amp;Por qué se anula la acreditación?</translation>
        </message>
        <message>
            <source>e.g. wrong person checked in</source>
            <translation>p. ej. se acreditó a otra persona</translation>
        </message>
        <message>
            <source>&amp;Void check-in</source>
            <translation>A&amp;nular acreditación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>País:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Categoría:</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Institución:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Cargo:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>Correo:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Teléfono:</translation>
        </message>
        <message>
            <source>Attendance:</source>
            <translation>Modalidad:</translation>
        </message>
        <message>
            <source>Registration:</source>
            <translation>Inscripción:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Badges printed:</source>
            <translation>Gafetes impresos:</translation>
        </message>
        <message>
            <source>Other fields from the list</source>
            <translation>Otros campos de la lista</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>Check &amp;in</source>
            <translation>A&amp;creditar</translation>
        </message>
        <message>
            <source>&amp;Void check-in…</source>
            <translation>A&amp;nular acreditación…</translation>
        </message>
        <message>
            <source>&amp;Print badge…</source>
            <translation>&amp;Imprimir gafete…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Ce&amp;rrar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>This participant no longer exists.</source>
            <translation>Este participante ya no existe.</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Código de gafete</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Registro en sitio</translation>
        </message>
        <message>
            <source>Pre-registered</source>
            <translation>Preinscrito</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>✔ Checked in at {time} · {desk} · by {operator}</source>
            <translation>✔ Acreditado a las {time} · {desk} · por {operator}</translation>
        </message>
        <message>
            <source>⛔ Registration cancelled · not checked in</source>
            <translation>⛔ Inscripción cancelada · no acreditado</translation>
        </message>
        <message>
            <source>Not checked in · registered online</source>
            <translation>No acreditado · inscrito en modalidad virtual</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>No acreditado</translation>
        </message>
        <message>
            <source>Check-in (voided)</source>
            <translation>Acreditación (anulada)</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Acreditación</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Anulación</translation>
        </message>
        <message>
            <source>Badge print</source>
            <translation>Impresión de gafete</translation>
        </message>
        <message>
            <source>Door scan</source>
            <translation>Escaneo en puerta</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusión</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>History: no check-in, badge print or door scan yet</source>
            <translation>Historial: todavía sin acreditación, impresión de gafete ni escaneo en puerta</translation>
        </message>
        <message>
            <source>Registration cancelled: edit the status first.</source>
            <translation>Inscripción cancelada: cambie primero el estado.</translation>
        </message>
        <message>
            <source>Registered online</source>
            <translation>Inscrito en modalidad virtual</translation>
        </message>
        <message>
            <source>{name} registered to attend online. Check them in as here in person?</source>
            <translation>{name} se inscribió en modalidad virtual. ¿Acreditar como participante presencial?</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Given and family names split right? Alt+↑ / Alt+↓ moves a word between them.</source>
            <translation>¿Nombre y apellidos bien separados? Alt+↑ / Alt+↓ mueve una palabra entre ellos.</translation>
        </message>
        <message>
            <source>&amp;In person</source>
            <translation>&amp;Presencial</translation>
        </message>
        <message>
            <source>O&amp;nline</source>
            <translation>&amp;Virtual</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nombre@ejemplo.org</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Nombres:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Apellidos:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>Paí&amp;s:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Institución:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>Ca&amp;tegoría:</translation>
        </message>
        <message>
            <source>Attendance:</source>
            <translation>Modalidad:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>C&amp;orreo:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Telé&amp;fono:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Estado:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>Family name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Acreditado</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Código de gafete</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
    </context>
    <context>
        <name>PdfFolderRow</name>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Folder for badge PDF files</source>
            <translation>Carpeta para los PDF de gafetes</translation>
        </message>
    </context>
    <context>
        <name>PrintSettingsDialog</name>
        <message>
            <source>Badge printing settings</source>
            <translation>Configuración de impresión de gafetes</translation>
        </message>
        <message>
            <source>After a check-in or walk-in registration</source>
            <translation>Después de una acreditación o un registro en sitio</translation>
        </message>
        <message>
            <source>&amp;Never print a badge (Ctrl+P prints one)</source>
            <translation>&amp;Nunca imprimir el gafete (Ctrl+P imprime uno)</translation>
        </message>
        <message>
            <source>&amp;Offer it in the result panel: F5 prints, the next scan means no</source>
            <translation>&amp;Ofrecerlo en el panel de resultado: F5 imprime, el siguiente escaneo significa que no</translation>
        </message>
        <message>
            <source>Print the badge at &amp;once</source>
            <translation>Imprimir el gafete de &amp;inmediato</translation>
        </message>
        <message>
            <source>Only if the person has no badge printed &amp;yet</source>
            <translation>Solo si la persona aún no tiene &amp;gafete impreso</translation>
        </message>
        <message>
            <source>Nothing ever opens a window after a scan: the next person's badge can be scanned at once.</source>
            <translation>Después de un escaneo nunca se abre una ventana: el gafete de la siguiente persona se puede escanear de inmediato.</translation>
        </message>
        <message>
            <source>System default printer ({name})</source>
            <translation>Impresora predeterminada del sistema ({name})</translation>
        </message>
        <message>
            <source>System default printer (none is set)</source>
            <translation>Impresora predeterminada del sistema (no hay ninguna)</translation>
        </message>
        <message>
            <source>{name} (not available)</source>
            <translation>{name} (no disponible)</translation>
        </message>
        <message>
            <source>PDF files in a folder</source>
            <translation>Archivos PDF en una carpeta</translation>
        </message>
        <message>
            <source>PDF &amp;folder:</source>
            <translation>&amp;Carpeta de PDF:</translation>
        </message>
        <message>
            <source>No printer is installed on this computer: choose “PDF files in a folder”.</source>
            <translation>No hay ninguna impresora instalada en esta computadora: elija “Archivos PDF en una carpeta”.</translation>
        </message>
        <message>
            <source>&amp;Printer:</source>
            <translation>Impre&amp;sora:</translation>
        </message>
        <message>
            <source>Badge &amp;layout:</source>
            <translation>&amp;Diseño del gafete:</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
        <message>
            <source>Import participants first.</source>
            <translation>Importe primero a los participantes.</translation>
        </message>
    </context>
    <context>
        <name>PrintingFields</name>
        <message>
            <source>badges</source>
            <translation>gafetes</translation>
        </message>
        <message>
            <source>not a folder</source>
            <translation>no es una carpeta</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be used: {reason}.</source>
            <translation>No se puede usar la carpeta {folder}: {reason}.</translation>
        </message>
        <message>
            <source>The system's default printer</source>
            <translation>La impresora predeterminada del sistema</translation>
        </message>
        <message>
            <source>{name} (not available)</source>
            <translation>{name} (no disponible)</translation>
        </message>
        <message>
            <source>No printer: PDF files in a folder</source>
            <translation>Sin impresora: archivos PDF en una carpeta</translation>
        </message>
        <message>
            <source>Print the badge at once</source>
            <translation>Imprimir el gafete de inmediato</translation>
        </message>
        <message>
            <source>Offer it in the result panel: F5 prints, the next scan means no</source>
            <translation>Ofrecerlo en el panel de resultado: F5 imprime, el siguiente escaneo significa que no</translation>
        </message>
        <message>
            <source>Never print a badge</source>
            <translation>Nunca imprimir gafete</translation>
        </message>
        <message>
            <source>&amp;Printer:</source>
            <translation>&amp;Impresora:</translation>
        </message>
        <message>
            <source>PDF &amp;folder:</source>
            <translation>Carpe&amp;ta de los PDF:</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Badge &amp;layout:</source>
            <translation>&amp;Diseño del gafete:</translation>
        </message>
        <message>
            <source>After a &amp;check-in:</source>
            <translation>Después de a&amp;creditar:</translation>
        </message>
        <message>
            <source>Only if the person has no badge printed &amp;yet</source>
            <translation>Solo si la persona aún no tiene &amp;gafete impreso</translation>
        </message>
        <message>
            <source>No printer is installed on this computer: each badge is saved as a PDF file in the folder below (made if missing), to print elsewhere.</source>
            <translation>No hay ninguna impresora instalada en esta computadora: cada gafete se guarda como archivo PDF en la carpeta de abajo (se crea si no existe), para imprimirlo en otro lugar.</translation>
        </message>
        <message>
            <source>Folder for the badge PDF files</source>
            <translation>Carpeta para los archivos PDF de gafetes</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Files of type:</source>
            <translation>Archivos de tipo:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nombre de archivo:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>El archivo %1 ya existe.
¿Desea reemplazarlo?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
No se encontró el archivo.
Verifique que el nombre del archivo sea correcto.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
No se encontró la carpeta.
Verifique que el nombre de la carpeta sea correcto.</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Carpetas</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Carpeta superior</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ir a la carpeta superior</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Buscar carpeta</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Invalid filename</source>
            <translation>Nombre de archivo no válido</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print To File ...</source>
            <translation>Imprimir a archivo...</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 es una carpeta.
Elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>No se puede escribir en el archivo %1.
Elija otro nombre de archivo.</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Archivo de salida:</translation>
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
            <translation>Mayús</translation>
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
            <translation>Supr</translation>
        </message>
        <message>
            <source>Backspace</source>
            <translation>Retroceso</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Enter</translation>
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
            <translation>RePág</translation>
        </message>
        <message>
            <source>PgDown</source>
            <translation>AvPág</translation>
        </message>
    </context>
    <context>
        <name>RecentScans</name>
        <message>
            <source>Last scans (click to open)</source>
            <translation>Últimos escaneos (clic para abrir)</translation>
        </message>
        <message>
            <source>Not read: “{text}” (dropped)</source>
            <translation>Lectura incompleta: “{text}” (descartada)</translation>
        </message>
    </context>
    <context>
        <name>ReportOptionsDialog</name>
        <message>
            <source>Attendance report</source>
            <translation>Informe de asistencia</translation>
        </message>
        <message>
            <source>The whole event</source>
            <translation>Todo el evento</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx): summary, each item, matrix</source>
            <translation>Libro de Excel (.xlsx): resumen, cada actividad, matriz</translation>
        </message>
        <message>
            <source>CSV for Excel (.csv): participant × item matrix</source>
            <translation>CSV para Excel (.csv): matriz participante × actividad</translation>
        </message>
        <message>
            <source>One-page PDF summary with charts (.pdf)</source>
            <translation>Resumen en PDF de una página con gráficos (.pdf)</translation>
        </message>
        <message>
            <source>Leave out e-mail addresses and phone numbers</source>
            <translation>Sin correos electrónicos ni teléfonos</translation>
        </message>
        <message>
            <source>Day:</source>
            <translation>Día:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
    </context>
    <context>
        <name>ReprintDialog</name>
        <message>
            <source>Print the badge again</source>
            <translation>Imprimir el gafete de nuevo</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; already has a badge. Why print another one?</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ya tiene gafete. ¿Por qué imprimir otro?</translation>
        </message>
        <message numerus="yes">
            <source>Already have a badge: %n of these people. Why print them again?</source>
            <translation>
                <numerusform>%n de estas personas ya tiene gafete. ¿Por qué imprimirlo de nuevo?</numerusform>
                <numerusform>%n de estas personas ya tienen gafete. ¿Por qué imprimirlos de nuevo?</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lost: the badge was lost or forgotten</source>
            <translation>&amp;Extraviado: el gafete se perdió u olvidó</translation>
        </message>
        <message>
            <source>&amp;Damaged: the badge is torn, wet or unreadable</source>
            <translation>&amp;Dañado: el gafete está roto, mojado o ilegible</translation>
        </message>
        <message>
            <source>&amp;Correction: the details on the badge were wrong</source>
            <translation>&amp;Corrección: los datos del gafete eran incorrectos</translation>
        </message>
        <message>
            <source>&amp;Print again</source>
            <translation>&amp;Imprimir de nuevo</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar un respaldo</translation>
        </message>
        <message>
            <source>Backups of this desk's database, newest first (times are the event's local time). Choose one with ↑/↓ and press Enter.</source>
            <translation>Respaldos de la base de datos de este puesto, del más reciente al más antiguo (horas locales del evento). Elija uno con ↑/↓ y presione Enter.</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Hecho el</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Acreditados</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>No backups yet in {folder}.</source>
            <translation>Todavía no hay respaldos en {folder}.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Volver</translation>
        </message>
        <message>
            <source>Restore &amp;this backup</source>
            <translation>Restaurar &amp;este respaldo</translation>
        </message>
        <message>
            <source>Restore the backup of {when} ({kind})?

The current database is kept aside as {aside} (nothing is deleted), and a backup of it is made first.

Check-ins made after {when} will not be in the restored database.</source>
            <translation>¿Restaurar el respaldo del {when} ({kind})?

La base de datos actual se conserva aparte como {aside} (no se borra nada) y antes se hace un respaldo de ella.

Las acreditaciones hechas después del {when} no estarán en la base de datos restaurada.</translation>
        </message>
        <message>
            <source>This backup holds {people}; checked in: {checked}.</source>
            <translation>Este respaldo contiene {people}; acreditados: {checked}.</translation>
        </message>
    </context>
    <context>
        <name>Scanning</name>
        <message>
            <source>Ca&amp;mera scanning</source>
            <translation>Escaneo con cá&amp;mara</translation>
        </message>
        <message>
            <source>&amp;Kiosk mode (self check-in)…</source>
            <translation>Modo &amp;quiosco (autorregistro)…</translation>
        </message>
        <message>
            <source>Start the kiosk mode</source>
            <translation>Iniciar el modo quiosco</translation>
        </message>
        <message>
            <source>{kiosk}: sent to the desk ({reason})</source>
            <translation>{kiosk}: enviado al puesto ({reason})</translation>
        </message>
        <message>
            <source>kiosk</source>
            <translation>quiosco</translation>
        </message>
    </context>
    <context>
        <name>ServerFollower</name>
        <message>
            <source>Connected to the server again.</source>
            <translation>Conexión con el servidor restablecida.</translation>
        </message>
        <message>
            <source>Sent to the server</source>
            <translation>Enviado al servidor</translation>
        </message>
        <message>
            <source>No connection to the server: saving on this computer</source>
            <translation>Sin conexión con el servidor: se guarda en este equipo</translation>
        </message>
        <message>
            <source>Sent to the server what was saved without a connection: {counts}.</source>
            <translation>Se envió al servidor lo guardado sin conexión: {counts}.</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n conflicts found when sending to the server: show…</source>
            <translation>
                <numerusform>⚠ %n conflicto al enviar al servidor: ver…</numerusform>
                <numerusform>⚠ %n conflictos al enviar al servidor: ver…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records waiting to be sent; they go as soon as the server answers. Reason: {reason}</source>
            <translation>
                <numerusform>%n registro por enviar; se envía en cuanto el servidor responda. Motivo: {reason}</numerusform>
                <numerusform>%n registros por enviar; se envían en cuanto el servidor responda. Motivo: {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>Server: {url}
Reason: {reason}
Saved meanwhile in: {path}</source>
            <translation>Servidor: {url}
Motivo: {reason}
Mientras tanto se guarda en: {path}</translation>
        </message>
        <message>
            <source>Server: {url}</source>
            <translation>Servidor: {url}</translation>
        </message>
        <message>
            <source>This desk's own file (used while the server does not answer): {path}</source>
            <translation>Archivo propio de este puesto (se usa mientras el servidor no responde): {path}</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Archivo: {path}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>This desk</source>
            <translation>Este puesto</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>&amp;Desk name:</source>
            <translation>&amp;Nombre del puesto:</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operador:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Idio&amp;ma:</translation>
        </message>
        <message>
            <source>Badge printing</source>
            <translation>Impresión de gafetes</translation>
        </message>
        <message>
            <source>Backups and sync</source>
            <translation>Respaldos y sincronización</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Automatic &amp;backup every:</source>
            <translation>&amp;Respaldo automático cada:</translation>
        </message>
        <message>
            <source>None: sync by files on a USB stick</source>
            <translation>Ninguna: sincronizar con archivos en una memoria USB</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>&amp;Shared sync folder:</source>
            <translation>Carpeta compartida de &amp;sincronización:</translation>
        </message>
        <message>
            <source>Where the data is</source>
            <translation>Dónde están los datos</translation>
        </message>
        <message>
            <source>Now: server {url}.</source>
            <translation>Ahora: servidor {url}.</translation>
        </message>
        <message>
            <source>Now: the file {path}.</source>
            <translation>Ahora: el archivo {path}.</translation>
        </message>
        <message>
            <source>A change takes effect the next time Desk starts (a database given on the command line or in DESK_DB comes first).</source>
            <translation>Un cambio se aplica la próxima vez que se inicie Desk (una base de datos indicada en la línea de comandos o en DESK_DB tiene prioridad).</translation>
        </message>
        <message>
            <source>Camera and sounds (this computer)</source>
            <translation>Cámara y sonidos (este equipo)</translation>
        </message>
        <message>
            <source>The system's default camera</source>
            <translation>La cámara predeterminada del sistema</translation>
        </message>
        <message>
            <source>The camera chosen before (not connected)</source>
            <translation>La cámara elegida antes (no conectada)</translation>
        </message>
        <message>
            <source>C&amp;amera:</source>
            <translation>Cámara &amp;que escanea:</translation>
        </message>
        <message>
            <source>No camera is connected to this computer now.</source>
            <translation>No hay ninguna cámara conectada a este equipo ahora.</translation>
        </message>
        <message>
            <source>&amp;Mute the sounds</source>
            <translation>A&amp;pagar los sonidos</translation>
        </message>
        <message>
            <source>Sou&amp;nd volume:</source>
            <translation>Vo&amp;lumen de los sonidos:</translation>
        </message>
        <message>
            <source>Enter the desk's name.</source>
            <translation>Escriba el nombre del puesto.</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Escriba su nombre.</translation>
        </message>
        <message>
            <source>The sync folder {folder} does not exist (is the network drive connected?).</source>
            <translation>La carpeta de sincronización {folder} no existe (¿está conectada la unidad de red?).</translation>
        </message>
        <message>
            <source>This server cannot be used: see the message under its address.</source>
            <translation>No se puede usar este servidor: vea el mensaje bajo su dirección.</translation>
        </message>
        <message>
            <source>Shared sync folder</source>
            <translation>Carpeta compartida de sincronización</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up this desk</source>
            <translation>Configurar este puesto</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Choose your name and type your PIN, then press Enter.</source>
            <translation>Elija su nombre, escriba su PIN y presione Enter.</translation>
        </message>
        <message>
            <source>Type your name, then press Enter. Every record carries it.</source>
            <translation>Escriba su nombre y presione Enter. Cada registro lleva su nombre.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Escriba su nombre.</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>Who is at this desk?</source>
            <translation>¿Quién atiende este puesto?</translation>
        </message>
        <message>
            <source>Every check-in records the desk and the operator. Press Enter to confirm.</source>
            <translation>Cada acreditación registra el puesto y el operador. Presione Enter para confirmar.</translation>
        </message>
        <message>
            <source>For example: Desk 1 – lobby</source>
            <translation>Por ejemplo: Puesto 1 – vestíbulo</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>&amp;Desk name:</source>
            <translation>Nombre del &amp;puesto:</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operador:</translation>
        </message>
        <message>
            <source>Enter both the desk name and your name.</source>
            <translation>Escriba el nombre del puesto y su nombre.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPinDialog</name>
        <message>
            <source>Supervisor's PIN</source>
            <translation>PIN de supervisor</translation>
        </message>
        <message>
            <source>&lt;b&gt;{action}&lt;/b&gt; needs a supervisor's PIN.</source>
            <translation>&lt;b&gt;{action}&lt;/b&gt; requiere el PIN de un supervisor.</translation>
        </message>
        <message>
            <source>Supervisor's &amp;PIN:</source>
            <translation>&amp;PIN del supervisor:</translation>
        </message>
        <message>
            <source>&amp;Authorise</source>
            <translation>&amp;Autorizar</translation>
        </message>
        <message>
            <source>Void a check-in</source>
            <translation>Anular una acreditación</translation>
        </message>
        <message>
            <source>Print a badge again</source>
            <translation>Reimprimir un gafete</translation>
        </message>
        <message>
            <source>Merge two participants</source>
            <translation>Fusionar dos participantes</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar un respaldo</translation>
        </message>
        <message>
            <source>Export with e-mail addresses and phone numbers</source>
            <translation>Exportar con correos electrónicos y teléfonos</translation>
        </message>
    </context>
    <context>
        <name>SyncMenu</name>
        <message>
            <source>S&amp;ync</source>
            <translation>&amp;Sincronizar</translation>
        </message>
        <message>
            <source>Sync &amp;now with {folder}</source>
            <translation>Sincronizar &amp;ahora con {folder}</translation>
        </message>
        <message>
            <source>Sync &amp;now with a shared folder…</source>
            <translation>Sincronizar &amp;ahora con una carpeta compartida…</translation>
        </message>
        <message>
            <source>Choose the shared &amp;folder…</source>
            <translation>Elegir la &amp;carpeta compartida…</translation>
        </message>
        <message>
            <source>&amp;Export this desk's file…</source>
            <translation>&amp;Exportar el archivo de este puesto…</translation>
        </message>
        <message>
            <source>&amp;Import other desks' files…</source>
            <translation>&amp;Importar archivos de otros puestos…</translation>
        </message>
        <message>
            <source>&amp;Attendance report…</source>
            <translation>Informe de &amp;asistencia…</translation>
        </message>
        <message>
            <source>Shared folder for the desks' files</source>
            <translation>Carpeta compartida para los archivos de los puestos</translation>
        </message>
        <message>
            <source>Syncing with {folder}…</source>
            <translation>Sincronizando con {folder}…</translation>
        </message>
        <message>
            <source>Sync with the shared folder</source>
            <translation>Sincronización con la carpeta compartida</translation>
        </message>
        <message>
            <source>Export this desk's file</source>
            <translation>Exportar el archivo de este puesto</translation>
        </message>
        <message>
            <source>Desk files (*{suffix})</source>
            <translation>Archivos de puesto (*{suffix})</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Guardando {name}…</translation>
        </message>
        <message>
            <source>{name}: {counts} written.</source>
            <translation>{name}: se guardaron {counts}.</translation>
        </message>
        <message numerus="yes">
            <source>Checking and merging %n files…</source>
            <translation>
                <numerusform>Verificando y fusionando %n archivo…</numerusform>
                <numerusform>Verificando y fusionando %n archivos…</numerusform>
            </translation>
        </message>
        <message>
            <source>Import other desks' files</source>
            <translation>Importar archivos de otros puestos</translation>
        </message>
        <message>
            <source>Desk files imported</source>
            <translation>Archivos de puesto importados</translation>
        </message>
        <message>
            <source>attendance-{day}</source>
            <translation>asistencia-{day}</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>asistencia</translation>
        </message>
        <message>
            <source>Attendance report</source>
            <translation>Informe de asistencia</translation>
        </message>
        <message>
            <source>Writing the attendance report…</source>
            <translation>Generando el informe de asistencia…</translation>
        </message>
        <message>
            <source>Attendance report written: {path}</source>
            <translation>Informe de asistencia guardado en {path}</translation>
        </message>
    </context>
    <context>
        <name>SyncReportDialog</name>
        <message>
            <source>Look at likely duplicates…</source>
            <translation>Revisar posibles duplicados…</translation>
        </message>
    </context>
    <context>
        <name>TaskContext</name>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Cancelado: no se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a certificate</source>
            <translation>Verificar una constancia</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Código:</translation>
        </message>
        <message>
            <source>Scan the QR code or type the code</source>
            <translation>Escanee el código QR o escriba el código</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verificar</translation>
        </message>
        <message>
            <source>Badge code: {code}</source>
            <translation>Código del gafete: {code}</translation>
        </message>
        <message>
            <source>Meets the rule today: {rule}.</source>
            <translation>Cumple la regla hoy: {rule}.</translation>
        </message>
        <message>
            <source>Does not meet the rule today: {rule}.</source>
            <translation>No cumple la regla hoy: {rule}.</translation>
        </message>
        <message numerus="yes">
            <source>Attended: %n in person</source>
            <translation>
                <numerusform>Asistió: %n presencial</numerusform>
                <numerusform>Asistió: %n presenciales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online</source>
            <translation>
                <numerusform>%n virtual</numerusform>
                <numerusform>%n virtuales</numerusform>
            </translation>
        </message>
        <message>
            <source>online</source>
            <translation>virtual</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>presencial</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Walk-in registration</source>
            <translation>Registro en sitio</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Participante nuevo</translation>
        </message>
        <message>
            <source>Registered and checked in at once. Given and family name are required. Save: Enter or Ctrl+S · Cancel: Esc.</source>
            <translation>Se inscribe y se acredita de inmediato. Nombre y apellidos son obligatorios. Guardar: Enter o Ctrl+S · Cancelar: Esc.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>&amp;Save and check in</source>
            <translation>&amp;Guardar y acreditar</translation>
        </message>
        <message>
            <source>Possible existing participants</source>
            <translation>Posibles participantes ya inscritos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Código de gafete</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Acreditado</translation>
        </message>
        <message>
            <source>&amp;Back to the form</source>
            <translation>&amp;Volver al formulario</translation>
        </message>
        <message>
            <source>&amp;Register as new anyway</source>
            <translation>&amp;Registrar como nuevo de todos modos</translation>
        </message>
        <message>
            <source>&amp;Use this person</source>
            <translation>&amp;Acreditar a esta persona</translation>
        </message>
        <message>
            <source>“{typed}” may already be registered. Ask the person: if one of these is them, use it (↑/↓, then Enter).</source>
            <translation>Es posible que “{typed}” ya esté inscrito. Pregunte a la persona: si es una de estas, selecciónela (↑/↓ y luego Enter).</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Yes, {time}</source>
            <translation>Sí, {time}</translation>
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
            <translation>Impresión de gafetes</translation>
        </message>
        <message>
            <source>The printer and badge layout of this desk; you can change them later.</source>
            <translation>La impresora y el diseño de gafete de este puesto; puede cambiarlos después.</translation>
        </message>
    </context>
    <context>
        <name>_StartPage</name>
        <message>
            <source>Start</source>
            <translation>Comenzar</translation>
        </message>
        <message>
            <source>What should this desk start with?</source>
            <translation>¿Con qué datos empieza este puesto?</translation>
        </message>
        <message>
            <source>&amp;Import a participant list (CSV or Excel)</source>
            <translation>&amp;Importar una lista de participantes (CSV o Excel)</translation>
        </message>
        <message>
            <source>&amp;Load another desk's file (.desk)</source>
            <translation>&amp;Cargar el archivo de otro puesto (.desk)</translation>
        </message>
        <message>
            <source>&amp;Try sample data (made-up participants)</source>
            <translation>&amp;Probar con datos de ejemplo (participantes inventados)</translation>
        </message>
        <message>
            <source>Start &amp;empty (walk-in registrations only)</source>
            <translation>Empezar &amp;sin datos (solo registros en sitio)</translation>
        </message>
        <message>
            <source>The list's file</source>
            <translation>El archivo de la lista</translation>
        </message>
        <message>
            <source>The desk file</source>
            <translation>El archivo del puesto</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <source> participants</source>
            <translation> participantes</translation>
        </message>
        <message>
            <source>Sample data is for trying Desk: start the event itself with a new database.</source>
            <translation>Los datos de ejemplo son para probar Desk: para el evento real, empiece con una base de datos nueva.</translation>
        </message>
        <message>
            <source>Press Enter to finish.</source>
            <translation>Presione Enter para terminar.</translation>
        </message>
        <message>
            <source>Import participant list</source>
            <translation>Importar lista de participantes</translation>
        </message>
        <message>
            <source>Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
            <translation>Listas de participantes (*.csv *.xlsx *.txt *.tsv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Load another desk's file</source>
            <translation>Cargar el archivo de otro puesto</translation>
        </message>
        <message>
            <source>Desk files (*.desk);;All files (*)</source>
            <translation>Archivos de puesto (*.desk);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>_WhoPage</name>
        <message>
            <source>Where this desk keeps its data:</source>
            <translation>Dónde guarda sus datos este puesto:</translation>
        </message>
        <message>
            <source>Welcome to Desk</source>
            <translation>Bienvenido a Desk</translation>
        </message>
        <message>
            <source>Three short steps. Press Enter to go on.</source>
            <translation>Tres pasos cortos. Presione Enter para continuar.</translation>
        </message>
        <message>
            <source>Every check-in records the desk and the operator. Choose the language, name this desk and write your name.</source>
            <translation>Cada acreditación registra el puesto y el operador. Elija el idioma, asigne un nombre a este puesto y escriba su nombre.</translation>
        </message>
        <message>
            <source>&amp;Desk name:</source>
            <translation>Nombre del &amp;puesto:</translation>
        </message>
        <message>
            <source>For example: Desk 1 – lobby</source>
            <translation>Por ejemplo: Puesto 1 – vestíbulo</translation>
        </message>
        <message>
            <source>Required: this desk's name in the reports and in other desks' files.</source>
            <translation>Obligatorio: el nombre de este puesto en los informes y en los archivos de otros puestos.</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Operador:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>The server saved in the settings cannot be used: {reason}</source>
            <translation>No se puede usar el servidor guardado en la configuración: {reason}</translation>
        </message>
        <message>
            <source>Open this computer's own file instead (one desk)? Its data is not the server's. Settings… changes the server for the next start.</source>
            <translation>¿Abrir en su lugar el archivo propio de este equipo (un solo puesto)? Sus datos no son los del servidor. Configuración… cambia el servidor para el próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>attendance</name>
        <message>
            <source>This scan no longer exists.</source>
            <translation>Este escaneo ya no existe.</translation>
        </message>
        <message>
            <source>This scan was already undone.</source>
            <translation>Este escaneo ya se deshizo.</translation>
        </message>
        <message>
            <source>Scan undone at the door</source>
            <translation>Escaneo deshecho en la puerta</translation>
        </message>
        <message>
            <source>BOARDED at {time}</source>
            <translation>ABORDÓ a las {time}</translation>
        </message>
        <message>
            <source>ENTRY RECORDED at {time}</source>
            <translation>ENTRADA REGISTRADA a las {time}</translation>
        </message>
        <message>
            <source>BACK at {time}</source>
            <translation>REGRESÓ a las {time}</translation>
        </message>
        <message>
            <source>EXIT RECORDED at {time}</source>
            <translation>SALIDA REGISTRADA a las {time}</translation>
        </message>
        <message>
            <source>No boarding was scanned for this person.</source>
            <translation>No se escaneó el abordaje de esta persona.</translation>
        </message>
        <message>
            <source>No entry was scanned for this person.</source>
            <translation>No se escaneó la entrada de esta persona.</translation>
        </message>
        <message>
            <source>ALREADY ON BOARD since {time}</source>
            <translation>YA ESTÁ A BORDO desde las {time}</translation>
        </message>
        <message>
            <source>ALREADY INSIDE since {time}</source>
            <translation>YA ESTÁ ADENTRO desde las {time}</translation>
        </message>
        <message>
            <source>ALREADY BACK since {time}</source>
            <translation>YA REGRESÓ a las {time}</translation>
        </message>
        <message>
            <source>ALREADY LEFT at {time}</source>
            <translation>YA SALIÓ a las {time}</translation>
        </message>
        <message>
            <source>THIS ITEM IS OVER: record anyway?</source>
            <translation>ESTA ACTIVIDAD YA TERMINÓ: ¿registrar de todos modos?</translation>
        </message>
        <message>
            <source>THIS ITEM HAS NOT STARTED: record anyway?</source>
            <translation>ESTA ACTIVIDAD AÚN NO EMPIEZA: ¿registrar de todos modos?</translation>
        </message>
        <message>
            <source>REGISTRATION CANCELLED: not recorded</source>
            <translation>INSCRIPCIÓN CANCELADA: no se registró</translation>
        </message>
        <message>
            <source>Not checked in at the desk yet: send them to registration.</source>
            <translation>Aún no se ha acreditado: indíquele que pase a acreditación.</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>import</source>
            <translation>importación</translation>
        </message>
        <message>
            <source>export</source>
            <translation>exportación</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>respaldo</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>restauración</translation>
        </message>
        <message>
            <source>desk file written</source>
            <translation>archivo del puesto guardado</translation>
        </message>
        <message>
            <source>desk files merged</source>
            <translation>archivos de puestos fusionados</translation>
        </message>
        <message>
            <source>sign-in</source>
            <translation>inicio de sesión</translation>
        </message>
        <message>
            <source>sign-out</source>
            <translation>cierre de sesión</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>configuración</translation>
        </message>
        <message>
            <source>operators</source>
            <translation>operadores</translation>
        </message>
        <message>
            <source>supervisor approval</source>
            <translation>autorización de supervisor</translation>
        </message>
        <message>
            <source>participant edited</source>
            <translation>participante editado</translation>
        </message>
        <message>
            <source>online attendance imported</source>
            <translation>asistencia virtual importada</translation>
        </message>
        <message>
            <source>online attendance matched</source>
            <translation>asistencia virtual identificada</translation>
        </message>
        <message>
            <source>certificates of attendance</source>
            <translation>constancias de asistencia</translation>
        </message>
        <message>
            <source>kiosk: sent to the desk</source>
            <translation>quiosco: enviado al puesto de registro</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>acreditación</translation>
        </message>
        <message>
            <source>void</source>
            <translation>anulación</translation>
        </message>
        <message>
            <source>door scan</source>
            <translation>escaneo en puerta</translation>
        </message>
        <message>
            <source>badge print</source>
            <translation>impresión de gafete</translation>
        </message>
        <message>
            <source>merge of participants</source>
            <translation>fusión de participantes</translation>
        </message>
        <message>
            <source>reprint</source>
            <translation>reimpresión</translation>
        </message>
        <message>
            <source>export with contact data</source>
            <translation>exportación con datos de contacto</translation>
        </message>
        <message>
            <source>absorbed {name}</source>
            <translation>absorbió a {name}</translation>
        </message>
        <message>
            <source>in</source>
            <translation>entrada</translation>
        </message>
        <message>
            <source>out</source>
            <translation>salida</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>automatic</source>
            <translation>automático</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>antes de una importación</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>antes de una fusión</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>antes de una restauración</translation>
        </message>
        <message>
            <source>{path} is not a Desk database.</source>
            <translation>{path} no es una base de datos de Desk.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>No se puede leer {path}: {reason}</translation>
        </message>
        <message>
            <source>{path} is not a database (damaged or another kind of file).</source>
            <translation>{path} no es una base de datos (está dañado o es otro tipo de archivo).</translation>
        </message>
        <message>
            <source>{path} is damaged: {problem}</source>
            <translation>{path} está dañado: {problem}</translation>
        </message>
        <message>
            <source>Cannot write a backup in {folder}: {reason}</source>
            <translation>No se puede escribir un respaldo en {folder}: {reason}</translation>
        </message>
        <message>
            <source>Backup not made: the disk holding {folder} is almost full ({free} MB free). Free some space: check-ins need it too.</source>
            <translation>No se hizo el respaldo: el disco donde está {folder} está casi lleno ({free} MB libres). Libere espacio: las acreditaciones también lo necesitan.</translation>
        </message>
        <message>
            <source>Backup not made in {folder}: {reason}</source>
            <translation>No se hizo el respaldo en {folder}: {reason}</translation>
        </message>
        <message>
            <source>There is no backup file {path}.</source>
            <translation>No existe el archivo de respaldo {path}.</translation>
        </message>
        <message>
            <source>{path} is damaged: it changed since the backup was made (checksum differs).</source>
            <translation>{path} está dañado: cambió desde que se hizo el respaldo (la suma de verificación no coincide).</translation>
        </message>
        <message>
            <source>{path} was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk to restore it.</source>
            <translation>{path} fue escrito por una versión más nueva de Desk (esquema {found}; esta versión conoce el {known}); actualice Desk para restaurarlo.</translation>
        </message>
        <message>
            <source>{path} belongs to the event {found}, not to {expected}: not restored.</source>
            <translation>{path} pertenece al evento {found}, no a {expected}: no se restauró.</translation>
        </message>
        <message>
            <source>{path} is a backup of another desk ({name}). To bring its check-ins into this desk, use a sync export and import instead.</source>
            <translation>{path} es un respaldo de otro puesto ({name}). Para traer sus acreditaciones a este puesto, use mejor una exportación e importación de sincronización.</translation>
        </message>
        <message>
            <source>The database {path} is still open (in a Desk window or a desk command). Close it and try again; nothing was changed.</source>
            <translation>La base de datos {path} sigue abierta (en una ventana de Desk o en un comando desk). Ciérrela e intente de nuevo; no se cambió nada.</translation>
        </message>
        <message>
            <source>{path} is the database itself, not a backup.</source>
            <translation>{path} es la propia base de datos, no un respaldo.</translation>
        </message>
        <message>
            <source>The copy of {path} differs from it; nothing was changed.</source>
            <translation>La copia de {path} no coincide con el original; no se cambió nada.</translation>
        </message>
        <message>
            <source>Restore failed: {reason}. The database in place is {path}.</source>
            <translation>La restauración falló: {reason}. La base de datos en uso es {path}.</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Respaldo guardado: {path}</translation>
        </message>
        <message>
            <source>No backups yet in {folder}.</source>
            <translation>Todavía no hay respaldos en {folder}.</translation>
        </message>
        <message>
            <source>Backups in {folder}:</source>
            <translation>Respaldos en {folder}:</translation>
        </message>
        <message>
            <source>contents unknown</source>
            <translation>contenido desconocido</translation>
        </message>
        <message>
            <source>Restored {backup} into {path}.</source>
            <translation>Se restauró {backup} en {path}.</translation>
        </message>
        <message>
            <source>The database that was in place is kept as {path}.</source>
            <translation>La base de datos que estaba en uso se conserva como {path}.</translation>
        </message>
        <message>
            <source>A backup of it: {path}</source>
            <translation>Un respaldo de ella: {path}</translation>
        </message>
        <message>
            <source>This desk works on the server: its file follows the server, so restoring it changes nothing. To go back to a backup of the server, restore the server (README: "When the server laptop dies").</source>
            <translation>Este puesto trabaja en el servidor: su archivo sigue al servidor, así que restaurarlo no cambia nada. Para volver a un respaldo del servidor, restaure el servidor (README: "When the server laptop dies").</translation>
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
            <translation>debe ser un objeto ({...})</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>{value!r} is not a number</source>
            <translation>{value!r} no es un número</translation>
        </message>
        <message>
            <source>{value} is less than {minimum}</source>
            <translation>{value} es menor que {minimum}</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>debe ser un texto no vacío</translation>
        </message>
        <message>
            <source>Badge layout not found: {path}</source>
            <translation>No se encuentra el diseño de gafete: {path}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message>
            <source>not valid JSON ({reason})</source>
            <translation>JSON no válido ({reason})</translation>
        </message>
        <message>
            <source>must be {format}</source>
            <translation>debe ser {format}</translation>
        </message>
        <message>
            <source>the badges are wider than the page</source>
            <translation>los gafetes son más anchos que la página</translation>
        </message>
        <message>
            <source>the badges are taller than the page</source>
            <translation>los gafetes son más altos que la página</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>min_pt is larger than max_pt</source>
            <translation>min_pt es mayor que max_pt</translation>
        </message>
        <message>
            <source>the box goes past the badge's edge</source>
            <translation>el recuadro se sale del borde del gafete</translation>
        </message>
        <message>
            <source>the box leaves the safe area</source>
            <translation>el recuadro se sale del área segura</translation>
        </message>
        <message>
            <source>unknown box</source>
            <translation>recuadro desconocido</translation>
        </message>
        <message>
            <source>Unknown badge format {id}; known: {known}.</source>
            <translation>Formato de gafete desconocido {id}; conocidos: {known}.</translation>
        </message>
        <message>
            <source>first print</source>
            <translation>primera impresión</translation>
        </message>
        <message>
            <source>reprint: lost</source>
            <translation>reimpresión: extraviado</translation>
        </message>
        <message>
            <source>reprint: damaged</source>
            <translation>reimpresión: dañado</translation>
        </message>
        <message>
            <source>reprint: correction</source>
            <translation>reimpresión: corrección</translation>
        </message>
        <message>
            <source>This person already has a badge: a reprint needs a reason (lost, damaged or correction).</source>
            <translation>Esta persona ya tiene gafete: una reimpresión necesita un motivo (extraviado, dañado o corrección).</translation>
        </message>
        <message numerus="yes">
            <source>%n badges</source>
            <translation>
                <numerusform>%n gafete</numerusform>
                <numerusform>%n gafetes</numerusform>
            </translation>
        </message>
        <message>
            <source>{event} — badges</source>
            <translation>{event} — gafetes</translation>
        </message>
    </context>
    <context>
        <name>certificates</name>
        <message>
            <source>{path} is a folder: give a file name such as certificates.pdf, or ask for one file per person.</source>
            <translation>{path} es una carpeta: indique un nombre de archivo como constancias.pdf, o pida un archivo por persona.</translation>
        </message>
        <message>
            <source>{path} is a file: one file per person needs a folder.</source>
            <translation>{path} es un archivo: un archivo por persona requiere una carpeta.</translation>
        </message>
        <message>
            <source>The language of a certificate is es or en, not {lang}.</source>
            <translation>El idioma de una constancia es es o en, no {lang}.</translation>
        </message>
        <message>
            <source>Valid certificate: {name}</source>
            <translation>Constancia válida: {name}</translation>
        </message>
        <message>
            <source>Invalid: “{text}” is not a certificate code (16 symbols, a dash, 6 symbols).</source>
            <translation>No válida: “{text}” no es un código de constancia (16 caracteres, un guion, 6 caracteres).</translation>
        </message>
        <message>
            <source>Invalid: no participant of this event has the code {code}.</source>
            <translation>No válida: ningún participante de este evento tiene el código {code}.</translation>
        </message>
        <message>
            <source>Invalid: {code} was not issued by Desk (a symbol is wrong, or it was made up).</source>
            <translation>No válida: Desk no emitió {code} (hay un carácter equivocado o el código fue inventado).</translation>
        </message>
        <message>
            <source>Invalid: the registration of {name} was cancelled.</source>
            <translation>No válida: el registro de {name} fue cancelado.</translation>
        </message>
        <message>
            <source>Invalid: this registration of {name} was merged into another; their certificate has the code of {code}.</source>
            <translation>No válida: este registro de {name} se fusionó con otro; su constancia lleva el código de {code}.</translation>
        </message>
        <message numerus="yes">
            <source>{target}: %n certificates ({rule})</source>
            <translation>
                <numerusform>{target}: %n constancia ({rule})</numerusform>
                <numerusform>{target}: %n constancias ({rule})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <source>No data yet</source>
            <translation>Aún no hay datos</translation>
        </message>
        <message>
            <source>Attendance per agenda item (people)</source>
            <translation>Asistencia por actividad (personas)</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>In person: checked in / registered</source>
            <translation>Presencial: acreditados / inscritos</translation>
        </message>
        <message>
            <source>Checked in / registered</source>
            <translation>Acreditados / inscritos</translation>
        </message>
        <message>
            <source>Everybody</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Acreditados</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Aún no</translation>
        </message>
        <message numerus="yes">
            <source>Arrivals: check-ins per %n minutes</source>
            <translation>
                <numerusform>Llegadas: acreditaciones por minuto</numerusform>
                <numerusform>Llegadas: acreditaciones cada %n minutos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>checkin</name>
        <message>
            <source>CHECKED IN at {time}</source>
            <translation>ACREDITADO a las {time}</translation>
        </message>
        <message>
            <source>REGISTERED ONLINE: confirm that this person attends in person</source>
            <translation>INSCRITO EN MODALIDAD VIRTUAL: confirme que asiste de forma presencial</translation>
        </message>
        <message>
            <source>REGISTRATION CANCELLED: not checked in</source>
            <translation>INSCRIPCIÓN CANCELADA: no se acreditó</translation>
        </message>
        <message>
            <source>INVALID CODE {code}: a character is wrong (misread or mistyped)</source>
            <translation>CÓDIGO NO VÁLIDO {code}: hay un carácter incorrecto (mal leído o mal escrito)</translation>
        </message>
        <message>
            <source>UNKNOWN CODE {code}: nobody has this code</source>
            <translation>CÓDIGO DESCONOCIDO {code}: nadie tiene este código</translation>
        </message>
        <message>
            <source>This participant no longer exists.</source>
            <translation>Este participante ya no existe.</translation>
        </message>
        <message>
            <source>Say why the check-in is voided.</source>
            <translation>Indique por qué se anula la acreditación.</translation>
        </message>
        <message>
            <source>This participant is not checked in.</source>
            <translation>Este participante no está acreditado.</translation>
        </message>
        <message>
            <source>Enter the given name.</source>
            <translation>Escriba el nombre.</translation>
        </message>
        <message>
            <source>Enter the family name.</source>
            <translation>Escriba los apellidos.</translation>
        </message>
        <message>
            <source>Choose a country from the list.</source>
            <translation>Elija un país de la lista.</translation>
        </message>
        <message>
            <source>Choose a category from the list.</source>
            <translation>Elija una categoría de la lista.</translation>
        </message>
        <message>
            <source>Choose in person or online.</source>
            <translation>Elija presencial o virtual.</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address (name@example.org).</source>
            <translation>“{email}” no es una dirección de correo (nombre@ejemplo.org).</translation>
        </message>
        <message>
            <source>Unknown registration status.</source>
            <translation>Estado de inscripción desconocido.</translation>
        </message>
        <message>
            <source>This registration was merged into another participant.</source>
            <translation>Este registro se fusionó con otro participante.</translation>
        </message>
        <message>
            <source>ALREADY CHECKED IN {time} · {desk} · by {operator}</source>
            <translation>YA ACREDITADO {time} · {desk} · por {operator}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Registration desk for events: participant lists, search, check-in and badges. Without a command, opens the window.</source>
            <translation>Sistema de acreditación para eventos: listas de participantes, búsqueda, acreditación y gafetes. Sin comando, abre la ventana.</translation>
        </message>
        <message>
            <source>database file (default: $DESK_DB, else the user data folder), or a server several desks share: postgresql://USER@HOST/DATABASE</source>
            <translation>archivo de base de datos (por defecto: $DESK_DB, si no la carpeta de datos del usuario), o un servidor que comparten varios puestos: postgresql://USUARIO@EQUIPO/BASE</translation>
        </message>
        <message>
            <source>with a server: this desk's own file, which follows the server and keeps working when the server does not answer (default: one per server and desk name in the user data folder)</source>
            <translation>con un servidor: el archivo propio de este puesto, que sigue al servidor y sigue funcionando cuando el servidor no responde (por defecto: uno por servidor y nombre de puesto en la carpeta de datos del usuario)</translation>
        </message>
        <message>
            <source>language of messages and of the window (default: the system's)</source>
            <translation>idioma de los mensajes y de la ventana (por defecto: el del sistema)</translation>
        </message>
        <message>
            <source>this desk's name, e.g. 'Desk 2 – lobby' (remembered)</source>
            <translation>nombre de este puesto, p. ej. 'Puesto 2 – vestíbulo' (se recuerda)</translation>
        </message>
        <message>
            <source>who is at the desk (default: $DESK_OPERATOR, else your user name)</source>
            <translation>quién atiende el puesto (por defecto: $DESK_OPERATOR; si no, su nombre de usuario)</translation>
        </message>
        <message>
            <source>the supervisor's PIN, for reprints, exports with contact data and restores (default: $DESK_SUPERVISOR_PIN)</source>
            <translation>el PIN del supervisor, para reimpresiones, exportaciones con datos de contacto y restauraciones (por defecto: $DESK_SUPERVISOR_PIN)</translation>
        </message>
        <message>
            <source>check that this installation works, without a window, and exit</source>
            <translation>comprobar que esta instalación funciona, sin ventana, y salir</translation>
        </message>
        <message>
            <source>import a participant list (CSV or XLSX), all or nothing</source>
            <translation>importar una lista de participantes (CSV o XLSX), todo o nada</translation>
        </message>
        <message>
            <source>check the file, change nothing; the report says who gets which category</source>
            <translation>revisa el archivo sin cambiar nada; el informe dice qué categoría recibe cada persona</translation>
        </message>
        <message>
            <source>the category of every row without one (the whole file when the list has no category column): an id, or a label in Spanish or English</source>
            <translation>la categoría de cada fila que no tenga una (todo el archivo cuando la lista no tiene columna de categoría): un id, o su nombre en español o en inglés</translation>
        </message>
        <message>
            <source>rows whose organisation, e-mail domain or category cell contains TEXT (accents and case ignored) get the category ID; repeatable, the first rule that matches wins, before --category. E.g. --category-rule cancilleria=mfa --category-rule rree.gob=mfa</source>
            <translation>las filas cuya institución, dominio de correo o celda de categoría contiene TEXT (sin importar tildes ni mayúsculas) reciben la categoría ID; se puede repetir, gana la primera regla que coincide, antes que --category. Ej.: --category-rule cancilleria=mfa --category-rule rree.gob=mfa</translation>
        </message>
        <message>
            <source>add N synthetic participants (for trying and benchmarks)</source>
            <translation>agregar N participantes sintéticos (para pruebas y mediciones)</translation>
        </message>
        <message>
            <source>random seed</source>
            <translation>semilla aleatoria</translation>
        </message>
        <message>
            <source>list or search participants</source>
            <translation>listar o buscar participantes</translation>
        </message>
        <message>
            <source>Choose with --category ID (the whole file) or --category-rule TEXT=ID (organisation or e-mail domain); categories: {known}.</source>
            <translation>Elija con --category ID (todo el archivo) o --category-rule TEXT=ID (institución o dominio de correo); categorías: {known}.</translation>
        </message>
        <message>
            <source>one JSON document</source>
            <translation>un documento JSON</translation>
        </message>
        <message>
            <source>at most this many (0: all)</source>
            <translation>como máximo esta cantidad (0: todos)</translation>
        </message>
        <message>
            <source>check in by badge or invitation code</source>
            <translation>acreditar por código de gafete o de invitación</translation>
        </message>
        <message>
            <source>check in someone registered online who came in person</source>
            <translation>acreditar a alguien inscrito en modalidad virtual que vino en persona</translation>
        </message>
        <message>
            <source>door scan for an agenda item</source>
            <translation>escaneo en la puerta de una actividad de la agenda</translation>
        </message>
        <message>
            <source>record an exit (a return, for the field visit)</source>
            <translation>registrar una salida (un regreso, en la visita de campo)</translation>
        </message>
        <message>
            <source>the World Café table id or the bus, e.g. 'Bus 2'</source>
            <translation>la mesa del World Café (id) o el bus, p. ej. 'Bus 2'</translation>
        </message>
        <message>
            <source>record even though the item is over or has not started</source>
            <translation>registrar aunque la actividad haya terminado o no haya empezado</translation>
        </message>
        <message>
            <source>people per agenda item (distinct) and inside now</source>
            <translation>personas por actividad (distintas) y adentro ahora</translation>
        </message>
        <message>
            <source>only this agenda item</source>
            <translation>solo esta actividad de la agenda</translation>
        </message>
        <message>
            <source>QR badges as a PDF file</source>
            <translation>gafetes con QR en un archivo PDF</translation>
        </message>
        <message>
            <source>badge layout: 4x3, a6, cr80, a4-8… (default 4x3)</source>
            <translation>diseño del gafete: 4x3, a6, cr80, a4-8… (por defecto 4x3)</translation>
        </message>
        <message>
            <source>these badges</source>
            <translation>estos gafetes</translation>
        </message>
        <message>
            <source>everyone of a category</source>
            <translation>todas las personas de una categoría</translation>
        </message>
        <message>
            <source>everyone registered</source>
            <translation>todas las personas inscritas</translation>
        </message>
        <message>
            <source>everyone pre-registered who has no printed badge yet</source>
            <translation>toda persona preinscrita que aún no tiene gafete impreso</translation>
        </message>
        <message>
            <source>record these as printed badges (people who already have one need --reprint-reason)</source>
            <translation>registrar estos gafetes como impresos (quienes ya tienen uno necesitan --reprint-reason)</translation>
        </message>
        <message>
            <source>with --record-print: why the badges of people who already have one are printed again (with the supervisor's PIN when this desk has a supervisor)</source>
            <translation>con --record-print: por qué se imprimen de nuevo los gafetes de quienes ya tienen uno (con el PIN del supervisor cuando este puesto tiene supervisor)</translation>
        </message>
        <message>
            <source>export data for spreadsheets</source>
            <translation>exportar datos para hojas de cálculo</translation>
        </message>
        <message>
            <source>participant list as CSV or XLSX</source>
            <translation>lista de participantes en CSV o XLSX</translation>
        </message>
        <message>
            <source>the end-of-day attendance report as XLSX, CSV or a one-page PDF</source>
            <translation>el informe de asistencia del día en XLSX, CSV o un PDF de una página</translation>
        </message>
        <message>
            <source>only this day's agenda items (default: the whole event)</source>
            <translation>solo las actividades de ese día (por defecto: todo el evento)</translation>
        </message>
        <message>
            <source>leave out e-mail addresses and phone numbers</source>
            <translation>sin correos electrónicos ni teléfonos</translation>
        </message>
        <message>
            <source>desk files: share this desk's data</source>
            <translation>archivos de puesto: compartir los datos de este puesto</translation>
        </message>
        <message>
            <source>write this desk's file (everyone, every record)</source>
            <translation>generar el archivo de este puesto (todas las personas, todos los registros)</translation>
        </message>
        <message>
            <source>merge other desks' files into this desk</source>
            <translation>fusionar en este puesto los archivos de otros puestos</translation>
        </message>
        <message>
            <source>back up the database now (kept until you delete it)</source>
            <translation>respaldar la base de datos ahora (se conserva hasta que usted lo borre)</translation>
        </message>
        <message>
            <source>list the database's backups, newest first</source>
            <translation>listar los respaldos de la base de datos, el más reciente primero</translation>
        </message>
        <message>
            <source>put a backup in place of the database (the current file is kept)</source>
            <translation>poner un respaldo en lugar de la base de datos (el archivo actual se conserva)</translation>
        </message>
        <message>
            <source>accept a backup made by another desk</source>
            <translation>aceptar un respaldo hecho por otro puesto</translation>
        </message>
        <message>
            <source>check the database's schema and integrity</source>
            <translation>verificar el esquema y la integridad de la base de datos</translation>
        </message>
        <message>
            <source>open the window (the same as no command)</source>
            <translation>abrir la ventana (igual que sin comando)</translation>
        </message>
        <message>
            <source>the screen to open on: check-in desk, door or dashboard</source>
            <translation>pantalla inicial: acreditación, puerta o tablero</translation>
        </message>
        <message>
            <source>the agenda item a door screen takes (default: from the clock)</source>
            <translation>la actividad de la agenda de la pantalla de puerta (por defecto: según la hora)</translation>
        </message>
        <message>
            <source>full screen, for a door laptop or a projector (F11 leaves it)</source>
            <translation>pantalla completa, para una laptop en la puerta o un proyector (F11 para salir)</translation>
        </message>
        <message>
            <source>scan QR codes from a video file or a folder of images played as the camera (demos, support, tests)</source>
            <translation>escanear códigos QR de un archivo de video o una carpeta de imágenes reproducidos como la cámara (demostraciones, soporte, pruebas)</translation>
        </message>
        <message>
            <source>self-service kiosk: full screen, people scan their invitation and take their badge (leaving it needs the supervisor's PIN)</source>
            <translation>quiosco de autorregistro: pantalla completa, las personas escanean su invitación y retiran su gafete (para salir se requiere el PIN del supervisor)</translation>
        </message>
        <message>
            <source>for this run, badges are written as PDF files into DIR (one per badge, named with its code) instead of printed</source>
            <translation>en esta ejecución, los gafetes se escriben como archivos PDF en DIR (uno por gafete, con su código como nombre) en lugar de imprimirse</translation>
        </message>
        <message>
            <source>{counts}, written to {path}.</source>
            <translation>{counts}; guardado en {path}.</translation>
        </message>
        <message>
            <source>{text} is not a date (YYYY-MM-DD)</source>
            <translation>{text} no es una fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>--local goes with a server: --db postgresql://…</source>
            <translation>--local va con un servidor: --db postgresql://…</translation>
        </message>
        <message>
            <source>--count must be at least 1.</source>
            <translation>--count debe ser al menos 1.</translation>
        </message>
        <message>
            <source>To check them in, repeat with --confirm-online.</source>
            <translation>Para acreditar a esta persona, repita con --confirm-online.</translation>
        </message>
        <message>
            <source>No agenda item {item} in this event; its items: {known}.</source>
            <translation>Este evento no tiene la actividad {item}; sus actividades: {known}.</translation>
        </message>
        <message>
            <source>To record it, repeat with --confirm.</source>
            <translation>Para registrarlo, repita con --confirm.</translation>
        </message>
        <message>
            <source>catering</source>
            <translation>alimentación</translation>
        </message>
        <message>
            <source>No participant has the code {code}.</source>
            <translation>Ningún participante tiene el código {code}.</translation>
        </message>
        <message>
            <source>Unknown category {id}; known: {known}.</source>
            <translation>Categoría desconocida {id}; conocidas: {known}.</translation>
        </message>
        <message>
            <source>Nobody to make a badge for.</source>
            <translation>No hay nadie para quien hacer gafete.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de datos: {path}</translation>
        </message>
        <message>
            <source>This desk's file: {path}</source>
            <translation>Archivo de este puesto: {path}</translation>
        </message>
        <message>
            <source>Schema version {version}; desk {name} ({id}); event {event}.</source>
            <translation>Versión de esquema {version}; puesto {name} ({id}); evento {event}.</translation>
        </message>
        <message>
            <source>Integrity check: ok.</source>
            <translation>Verificación de integridad: correcta.</translation>
        </message>
        <message>
            <source>This command has no window; start Desk with the desk command.</source>
            <translation>Este comando no tiene ventana; inicie Desk con el comando desk.</translation>
        </message>
        <message>
            <source>The camera file {file} does not exist.</source>
            <translation>El archivo de cámara {file} no existe.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder for the badges.</source>
            <translation>{folder} es un archivo, no una carpeta para los gafetes.</translation>
        </message>
        <message>
            <source>The database cannot be used right now ({reason}); nothing was changed.</source>
            <translation>La base de datos no se puede usar en este momento ({reason}); no se cambió nada.</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrumpido</translation>
        </message>
        <message>
            <source>the PostgreSQL server several desks share</source>
            <translation>el servidor PostgreSQL que comparten varios puestos</translation>
        </message>
        <message>
            <source>create Desk's tables in an empty server database</source>
            <translation>crear las tablas de Desk en una base de datos vacía del servidor</translation>
        </message>
        <message>
            <source>the server's schema, counts and round trip</source>
            <translation>el esquema del servidor, sus totales y el tiempo de ida y vuelta</translation>
        </message>
        <message>
            <source>a verified copy of the server's database (pg_dump)</source>
            <translation>una copia verificada de la base de datos del servidor (pg_dump)</translation>
        </message>
        <message numerus="yes">
            <source>%n synthetic participants added to {path}.</source>
            <translation>
                <numerusform>%n participante sintético agregado a {path}.</numerusform>
                <numerusform>%n participantes sintéticos agregados a {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>likely duplicate people, with the reason, most likely first</source>
            <translation>posibles personas duplicadas, con el motivo, las más probables primero</translation>
        </message>
        <message>
            <source>at most this many pairs (0: all)</source>
            <translation>como máximo esta cantidad de pares (0: todos)</translation>
        </message>
        <message>
            <source>certificates of attendance (PDF, Spanish and English), or verify one</source>
            <translation>constancias de participación (PDF, en español e inglés), o verificar una</translation>
        </message>
        <message>
            <source>check a code</source>
            <translation>verificar un código</translation>
        </message>
        <message>
            <source>the certificate's code</source>
            <translation>el código de la constancia</translation>
        </message>
        <message>
            <source>the PDF to write (with --one-per-person: the folder for the files)</source>
            <translation>el PDF que se escribe (con --one-per-person: la carpeta de los archivos)</translation>
        </message>
        <message>
            <source>at least N sessions (breaks and meals aside), in person or online</source>
            <translation>al menos N sesiones (sin contar recesos ni comidas), presenciales o virtuales</translation>
        </message>
        <message>
            <source>at least P % of the first day's sessions (default: the rule in settings)</source>
            <translation>al menos el P % de las sesiones del primer día (por defecto: la regla de la configuración)</translation>
        </message>
        <message>
            <source>the certificate's main language (the other one is printed below it)</source>
            <translation>el idioma principal de la constancia (el otro se imprime debajo)</translation>
        </message>
        <message>
            <source>one PDF per person, named CODE-Family-Name.pdf, in --out</source>
            <translation>un PDF por persona, llamado CÓDIGO-Apellido.pdf, en --out</translation>
        </message>
        <message>
            <source>verify: one JSON document</source>
            <translation>verify: un documento JSON</translation>
        </message>
        <message>
            <source>unexpected argument {arg}</source>
            <translation>argumento inesperado {arg}</translation>
        </message>
        <message>
            <source>give --out F.pdf, or: desk certificates verify CODE</source>
            <translation>indique --out F.pdf, o: desk certificates verify CÓDIGO</translation>
        </message>
        <message>
            <source>unknown action {arg}; did you mean: verify CODE?</source>
            <translation>acción desconocida {arg}; ¿quiso decir: verify CÓDIGO?</translation>
        </message>
        <message>
            <source>verify needs the certificate's CODE</source>
            <translation>verify necesita el CÓDIGO de la constancia</translation>
        </message>
        <message>
            <source>verify takes a CODE only</source>
            <translation>verify solo recibe un CÓDIGO</translation>
        </message>
        <message>
            <source>Nobody meets the rule ({rule}): no certificate written. People who attended something but fall short: {short}.</source>
            <translation>Nadie cumple la regla ({rule}): no se escribió ninguna constancia. Personas que asistieron a algo pero no la cumplen: {short}.</translation>
        </message>
        <message>
            <source>Code: {code}</source>
            <translation>Código: {code}</translation>
        </message>
        <message>
            <source>Badge code: {code}</source>
            <translation>Código del gafete: {code}</translation>
        </message>
        <message>
            <source>Organisation: {name}</source>
            <translation>Institución: {name}</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>presencial</translation>
        </message>
        <message>
            <source>online</source>
            <translation>virtual</translation>
        </message>
        <message>
            <source>Meets the rule now: {rule}.</source>
            <translation>Cumple la regla ahora: {rule}.</translation>
        </message>
        <message>
            <source>Does not meet the rule now ({rule}): issued under another rule, or the attendance recorded changed since.</source>
            <translation>No cumple la regla ahora ({rule}): se emitió con otra regla, o la asistencia registrada cambió desde entonces.</translation>
        </message>
        <message>
            <source>online attendance from Zoom and Teams reports</source>
            <translation>asistencia virtual a partir de los reportes de Zoom y Teams</translation>
        </message>
        <message>
            <source>import a Zoom or Teams attendance report (CSV), all or nothing</source>
            <translation>importar un reporte de asistencia de Zoom o Teams (CSV), todo o nada</translation>
        </message>
        <message>
            <source>the time zone of the report's times (default: the event's)</source>
            <translation>la zona horaria de las horas del reporte (si no se indica, la del evento)</translation>
        </message>
        <message>
            <source>dates are day/month (23/05/2022)</source>
            <translation>las fechas son día/mes (23/05/2022)</translation>
        </message>
        <message>
            <source>dates are month/day (05/23/2022)</source>
            <translation>las fechas son mes/día (05/23/2022)</translation>
        </message>
        <message>
            <source>online people not yet tied to a participant</source>
            <translation>personas conectadas que aún no se identificaron con un participante</translation>
        </message>
        <message>
            <source>as JSON</source>
            <translation>en JSON</translation>
        </message>
        <message>
            <source>say who an online person is: a participant's code, or - for nobody of ours</source>
            <translation>indicar quién es una persona conectada: el código de un participante, o - si no es participante</translation>
        </message>
        <message>
            <source>{file} was imported before: nothing changed.</source>
            <translation>{file} ya se había importado: no cambió nada.</translation>
        </message>
        <message>
            <source>Rows read: {n}</source>
            <translation>Filas leídas: {n}</translation>
        </message>
        <message>
            <source>Connections stored: {n}</source>
            <translation>Conexiones guardadas: {n}</translation>
        </message>
        <message>
            <source>Matched: {n}</source>
            <translation>Identificadas: {n}</translation>
        </message>
        <message>
            <source>Unmatched: {n}</source>
            <translation>Sin identificar: {n}</translation>
        </message>
        <message>
            <source>Not participants: {n}</source>
            <translation>No participantes: {n}</translation>
        </message>
        <message>
            <source>Connections per agenda item:</source>
            <translation>Conexiones por actividad de la agenda:</translation>
        </message>
        <message>
            <source>none: the connections fall outside every agenda item</source>
            <translation>ninguna: las conexiones quedan fuera de todas las actividades de la agenda</translation>
        </message>
        <message>
            <source>To identify the others: desk online unmatched</source>
            <translation>Para identificar a las demás: desk online unmatched</translation>
        </message>
        <message>
            <source>Everybody online is identified.</source>
            <translation>Todas las personas conectadas están identificadas.</translation>
        </message>
        <message>
            <source>{who}: not a participant.</source>
            <translation>{who}: no es participante.</translation>
        </message>
        <message>
            <source>{who} is {name} ({code}).</source>
            <translation>{who} es {name} ({code}).</translation>
        </message>
        <message numerus="yes">
            <source>%n certificates of attendance ({rule}), written to {path}.</source>
            <translation>
                <numerusform>%n constancia de participación ({rule}), escrita en {path}.</numerusform>
                <numerusform>%n constancias de participación ({rule}), escritas en {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connections</source>
            <translation>
                <numerusform>%n conexión</numerusform>
                <numerusform>%n conexiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in person</source>
            <translation>
                <numerusform>%n presencial</numerusform>
                <numerusform>%n presenciales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inside</source>
            <translation>
                <numerusform>%n adentro</numerusform>
                <numerusform>%n adentro</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicate pairs.</source>
            <translation>
                <numerusform>%n posible par duplicado.</numerusform>
                <numerusform>%n posibles pares duplicados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not back</source>
            <translation>
                <numerusform>%n sin regresar</numerusform>
                <numerusform>%n sin regresar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online</source>
            <translation>
                <numerusform>%n virtual</numerusform>
                <numerusform>%n virtuales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other people attended something but fall short of the rule.</source>
            <translation>
                <numerusform>%n persona más asistió a alguna actividad pero no cumple la regla.</numerusform>
                <numerusform>%n personas más asistieron a alguna actividad pero no cumplen la regla.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants written to {path}.</source>
            <translation>
                <numerusform>%n participante guardado en {path}.</numerusform>
                <numerusform>%n participantes guardados en {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants.</source>
            <translation>
                <numerusform>%n participante.</numerusform>
                <numerusform>%n participantes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people to identify</source>
            <translation>
                <numerusform>%n persona por identificar</numerusform>
                <numerusform>%n personas por identificar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions attended</source>
            <translation>
                <numerusform>%n sesión asistida</numerusform>
                <numerusform>%n sesiones asistidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already have a badge: %n of {total}. Printing a badge again needs a reason: nothing was written or recorded. Repeat with --reprint-reason lost, damaged or correction, or without --record-print.</source>
            <translation>
                <numerusform>Ya tiene gafete: %n de {total}. Imprimir un gafete de nuevo necesita un motivo: no se guardó ni se registró nada. Repita con --reprint-reason lost, damaged o correction, o sin --record-print.</numerusform>
                <numerusform>Ya tienen gafete: %n de {total}. Imprimir un gafete de nuevo necesita un motivo: no se guardó ni se registró nada. Repita con --reprint-reason lost, damaged o correction, o sin --record-print.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database is damaged: %n problems found.</source>
            <translation>
                <numerusform>La base de datos está dañada: se encontró %n problema.</numerusform>
                <numerusform>La base de datos está dañada: se encontraron %n problemas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>counts</name>
        <message numerus="yes">
            <source>%n participants</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new participants</source>
            <translation>
                <numerusform>%n participante nuevo</numerusform>
                <numerusform>%n participantes nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new records</source>
            <translation>
                <numerusform>%n registro nuevo</numerusform>
                <numerusform>%n registros nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registered</source>
            <translation>
                <numerusform>%n inscrito</numerusform>
                <numerusform>%n inscritos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n cancelado</numerusform>
                <numerusform>%n cancelados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n checked in</source>
            <translation>
                <numerusform>%n acreditado</numerusform>
                <numerusform>%n acreditados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins</source>
            <translation>
                <numerusform>%n acreditación</numerusform>
                <numerusform>%n acreditaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n nuevo</numerusform>
                <numerusform>%n nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badges</source>
            <translation>
                <numerusform>%n gafete</numerusform>
                <numerusform>%n gafetes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda items</source>
            <translation>
                <numerusform>%n actividad</numerusform>
                <numerusform>%n actividades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows read</source>
            <translation>
                <numerusform>%n fila leída</numerusform>
                <numerusform>%n filas leídas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in person</source>
            <translation>
                <numerusform>%n presencial</numerusform>
                <numerusform>%n presenciales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online</source>
            <translation>
                <numerusform>%n virtual</numerusform>
                <numerusform>%n virtuales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n online connections</source>
            <translation>
                <numerusform>%n conexión virtual</numerusform>
                <numerusform>%n conexiones virtuales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identifications</source>
            <translation>
                <numerusform>%n identificación</numerusform>
                <numerusform>%n identificaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>db</name>
        <message>
            <source>Cannot create the folder {folder}: {reason}</source>
            <translation>No se puede crear la carpeta {folder}: {reason}</translation>
        </message>
        <message>
            <source>Cannot open the database {path}: {reason}</source>
            <translation>No se puede abrir la base de datos {path}: {reason}</translation>
        </message>
        <message>
            <source>The desk name cannot be empty.</source>
            <translation>El nombre del puesto no puede estar vacío.</translation>
        </message>
        <message>
            <source>This database belongs to the event {db_event}, not {event}.</source>
            <translation>Esta base de datos pertenece al evento {db_event}, no a {event}.</translation>
        </message>
        <message>
            <source>{path} is not a Desk database.</source>
            <translation>{path} no es una base de datos de Desk.</translation>
        </message>
        <message>
            <source>{path} was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk to open it.</source>
            <translation>{path} fue creada con una versión más reciente de Desk (esquema {found}; esta versión conoce el {known}); actualice Desk para abrirla.</translation>
        </message>
        <message>
            <source>No migration from schema {version}.</source>
            <translation>No hay migración desde el esquema {version}.</translation>
        </message>
        <message>
            <source>{url} is not a server address ({reason}).</source>
            <translation>{url} no es una dirección de servidor ({reason}).</translation>
        </message>
        <message>
            <source>{url} names no database; write postgresql://USER@HOST/DATABASE.</source>
            <translation>{url} no indica ninguna base de datos; escriba postgresql://USUARIO@EQUIPO/BASE.</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>today {time}</source>
            <translation>hoy {time}</translation>
        </message>
        <message>
            <source>yesterday {time}</source>
            <translation>ayer {time}</translation>
        </message>
        <message>
            <source>Today — {day}</source>
            <translation>Hoy — {day}</translation>
        </message>
        <message>
            <source>{place} time ({offset})</source>
            <translation>hora de {place} ({offset})</translation>
        </message>
    </context>
    <context>
        <name>event</name>
        <message>
            <source>{file}: {field} is missing</source>
            <translation>{file}: falta {field}</translation>
        </message>
        <message>
            <source>{file}: {field} is empty</source>
            <translation>{file}: {field} está vacío</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not an object ({{...}})</source>
            <translation>{file}: {field}: {value} no es un objeto ({{...}})</translation>
        </message>
        <message>
            <source>{file}: {field}: unknown field (did you mean {other}?)</source>
            <translation>{file}: {field}: campo desconocido (¿quiso decir {other}?)</translation>
        </message>
        <message>
            <source>{file}: {field}: unknown field</source>
            <translation>{file}: {field}: campo desconocido</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not text</source>
            <translation>{file}: {field}: {value} no es texto</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not true or false</source>
            <translation>{file}: {field}: {value} no es true ni false</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a number</source>
            <translation>{file}: {field}: {value} no es un número</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a list ([...])</source>
            <translation>{file}: {field}: {value} no es una lista ([...])</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not an id (use a-z, 0-9, - and _)</source>
            <translation>{file}: {field}: {value} no es un identificador (use a-z, 0-9, - y _)</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a date (YYYY-MM-DD)</source>
            <translation>{file}: {field}: {value} no es una fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a time (HH:MM)</source>
            <translation>{file}: {field}: {value} no es una hora (HH:MM)</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is used twice (first at {other})</source>
            <translation>{file}: {field}: {value} se usa dos veces (primero en {other})</translation>
        </message>
        <message>
            <source>Event file not found: {path}</source>
            <translation>No se encuentra el archivo del evento: {path}</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}: no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>{file}: not UTF-8 text (byte {position})</source>
            <translation>{file}: no es texto UTF-8 (byte {position})</translation>
        </message>
        <message>
            <source>{file}: line {line}, column {column}: not valid JSON ({reason})</source>
            <translation>{file}: línea {line}, columna {column}: JSON no válido ({reason})</translation>
        </message>
        <message>
            <source>{file}: the field {value} appears twice in the same object</source>
            <translation>{file}: el campo {value} aparece dos veces en el mismo objeto</translation>
        </message>
        <message>
            <source>{file}: not valid JSON (nested too deeply)</source>
            <translation>{file}: JSON no válido (anidado demasiado profundo)</translation>
        </message>
        <message>
            <source>{file}: the file must hold one JSON object ({{...}})</source>
            <translation>{file}: el archivo debe contener un objeto JSON ({{...}})</translation>
        </message>
        <message>
            <source>{file}: format: {value} is not supported (this Desk reads format {supported})</source>
            <translation>{file}: format: {value} no es compatible (esta versión de Desk lee el formato {supported})</translation>
        </message>
        <message>
            <source>{file}: end_date: {value} is before start_date {other}</source>
            <translation>{file}: end_date: {value} es anterior a start_date {other}</translation>
        </message>
        <message>
            <source>{file}: timezone: {value} is not a known time zone (e.g. America/El_Salvador)</source>
            <translation>{file}: timezone: {value} no es una zona horaria conocida (p. ej. America/El_Salvador)</translation>
        </message>
        <message>
            <source>{file}: default_category: {value} is not one of the categories</source>
            <translation>{file}: default_category: {value} no es una de las categorías</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a known ISO country code</source>
            <translation>{file}: {field}: {value} no es un código ISO de país conocido</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not between start_date {start} and end_date {end}</source>
            <translation>{file}: {field}: {value} no está entre start_date {start} y end_date {end}</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not after the start {other}</source>
            <translation>{file}: {field}: {value} no es posterior al inicio {other}</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a known kind ({kinds})</source>
            <translation>{file}: {field}: {value} no es un tipo conocido ({kinds})</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not a colour (#RRGGBB)</source>
            <translation>{file}: {field}: {value} no es un color (#RRGGBB)</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} is not between 0 and 1</source>
            <translation>{file}: {field}: {value} no está entre 0 y 1</translation>
        </message>
        <message>
            <source>{file}: {field}: {value} already means {other}</source>
            <translation>{file}: {field}: {value} ya significa {other}</translation>
        </message>
        <message>
            <source>{file}: categories: the shares add up to {total}, not 1</source>
            <translation>{file}: categories: las proporciones suman {total}, no 1</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Family names</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Código de país</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Category code</source>
            <translation>Código de categoría</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Checked in at (UTC)</source>
            <translation>Acreditación (hora UTC)</translation>
        </message>
        <message>
            <source>Check-in desk</source>
            <translation>Puesto de acreditación</translation>
        </message>
        <message>
            <source>Badges printed</source>
            <translation>Gafetes impresos</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>presencial</translation>
        </message>
        <message>
            <source>online</source>
            <translation>virtual</translation>
        </message>
        <message>
            <source>pre-registered</source>
            <translation>preinscrito</translation>
        </message>
        <message>
            <source>walk-in</source>
            <translation>registro en sitio</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>vigente</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusionado</translation>
        </message>
        <message>
            <source>Cannot export to {file}: use a .csv or .xlsx file name.</source>
            <translation>No se puede exportar a {file}: use un nombre de archivo .csv o .xlsx.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>No se puede escribir {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>health</name>
        <message>
            <source>The disk that holds {folder} is full ({free} free). Desk did not open the database, so nothing was lost. Free some space (empty the recycle bin, move old files away) and start Desk again.</source>
            <translation>El disco donde está {folder} está lleno ({free} libres). Desk no abrió la base de datos, así que no se perdió nada. Libere espacio (vacíe la papelera de reciclaje, saque archivos viejos) y vuelva a abrir Desk.</translation>
        </message>
        <message>
            <source>Only {free} free on the disk that holds {folder}. Free some space soon: check-ins and backups need room.</source>
            <translation>Solo quedan {free} libres en el disco donde está {folder}. Libere espacio pronto: las acreditaciones y los respaldos lo necesitan.</translation>
        </message>
        <message>
            <source>the file does not start like a database</source>
            <translation>el archivo no empieza como una base de datos</translation>
        </message>
        <message>
            <source>Desk cannot write in {folder}, so check-ins could not be saved. Desk did not open the database and nothing was changed. Ask support to give this user the right to write there, or start Desk with another database folder (--db).</source>
            <translation>Desk no puede escribir en {folder}, así que no se podrían guardar las acreditaciones. Desk no abrió la base de datos y no se cambió nada. Pida a soporte técnico que le dé a este usuario permiso de escritura allí, o abra Desk con otra carpeta para la base de datos (--db).</translation>
        </message>
        <message>
            <source>Desk cannot read the database {path}: {reason}. Nothing was changed.</source>
            <translation>Desk no puede leer la base de datos {path}: {reason}. No se cambió nada.</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({problem}). Desk will not write to it. The newest good backup can be put in its place; the damaged file is kept aside for support, never deleted.</source>
            <translation>La base de datos {path} está dañada ({problem}). Desk no va a escribir en ella. Se puede poner en su lugar el último respaldo válido; el archivo dañado se guarda aparte para soporte técnico y nunca se borra.</translation>
        </message>
        <message>
            <source>The damaged database could not be moved aside ({reason}); nothing was changed.</source>
            <translation>No se pudo apartar la base de datos dañada ({reason}); no se cambió nada.</translation>
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
            <translation>línea {line}: {problem}</translation>
        </message>
        <message>
            <source>Line {line} repeats line {first} ({reason}): one participant.</source>
            <translation>La línea {line} repite la línea {first} ({reason}): un solo participante.</translation>
        </message>
        <message>
            <source>The list has no category column</source>
            <translation>La lista no tiene columna de categoría</translation>
        </message>
        <message>
            <source>“{label}” for everybody else</source>
            <translation>“{label}” para todas las demás personas</translation>
        </message>
        <message>
            <source>Dry run: nothing was saved.</source>
            <translation>Solo revisión: no se guardó nada.</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>sin nombre</translation>
        </message>
        <message>
            <source>unknown country “{country}”</source>
            <translation>país desconocido “{country}”</translation>
        </message>
        <message>
            <source>Known categories: {known}. Correct the list, or give a rule that maps the value to a category.</source>
            <translation>Categorías conocidas: {known}. Corrija la lista o indique una regla que asigne ese valor a una categoría.</translation>
        </message>
        <message>
            <source>{file}: {counts}.</source>
            <translation>{file}: {counts}.</translation>
        </message>
        <message>
            <source>The list has no category column: everybody gets the category “{label}”. Choose a category for the whole file, or rules.</source>
            <translation>La lista no tiene columna de categoría: todas las personas reciben la categoría “{label}”. Elija una categoría para todo el archivo, o reglas.</translation>
        </message>
        <message>
            <source>Categories: {counts}.</source>
            <translation>Categorías: {counts}.</translation>
        </message>
        <message>
            <source>Organisations that name a category (rules you may want): {rules}.</source>
            <translation>Instituciones que nombran una categoría (reglas que quizá quiera usar): {rules}.</translation>
        </message>
        <message>
            <source>Columns kept as extra fields: {columns}.</source>
            <translation>Columnas guardadas como campos adicionales: {columns}.</translation>
        </message>
        <message>
            <source>Line {line} may be the same person as line {other} ({reason}): kept as two participants; check them.</source>
            <translation>La línea {line} puede ser la misma persona que la línea {other} ({reason}): se guardan como dos participantes; revíselos.</translation>
        </message>
        <message>
            <source>Line {line} may be {other} ({code}), already registered ({reason}): added as a new participant; check them.</source>
            <translation>La línea {line} puede ser {other} ({code}), ya inscrito ({reason}): se agrega como participante nuevo; revíselos.</translation>
        </message>
        <message>
            <source>after the import, see the full list with `desk duplicates`</source>
            <translation>después de importar, vea la lista completa con `desk duplicates`</translation>
        </message>
        <message>
            <source>see the full list with `desk duplicates`</source>
            <translation>vea la lista completa con `desk duplicates`</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: {where}.</source>
            <translation>
                <numerusform>… y %n más: {where}.</numerusform>
                <numerusform>… y %n más: {where}.</numerusform>
            </translation>
        </message>
        <message>
            <source>attendance “{mode}” is neither in person (presencial) nor online</source>
            <translation>la modalidad “{mode}” no es presencial ni virtual</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address</source>
            <translation>“{email}” no es una dirección de correo</translation>
        </message>
        <message>
            <source>badge code “{code}” has a wrong check character</source>
            <translation>el código de gafete “{code}” tiene un carácter de control incorrecto</translation>
        </message>
        <message>
            <source>same code</source>
            <translation>mismo código</translation>
        </message>
        <message>
            <source>same e-mail</source>
            <translation>mismo correo</translation>
        </message>
        <message>
            <source>same name and country</source>
            <translation>mismo nombre y país</translation>
        </message>
        <message>
            <source>badge code “{code}” differs from the code {known} of the participant with the same e-mail or name</source>
            <translation>el código de gafete “{code}” no coincide con el código {known} del participante con el mismo correo o nombre</translation>
        </message>
        <message>
            <source>'{name}' is empty</source>
            <translation>'{name}' está vacío</translation>
        </message>
        <message>
            <source>'{path}' does not exist</source>
            <translation>'{path}' no existe</translation>
        </message>
        <message>
            <source>'{path}' is a folder, not a file</source>
            <translation>'{path}' es una carpeta, no un archivo</translation>
        </message>
        <message>
            <source>'{path}' cannot be opened: permission denied</source>
            <translation>'{path}' no se puede abrir: permiso denegado</translation>
        </message>
        <message>
            <source>'{path}' cannot be read: {reason}</source>
            <translation>'{path}' no se puede leer: {reason}</translation>
        </message>
        <message>
            <source>'{name}' is a PDF document, not a spreadsheet; import the Excel or CSV file</source>
            <translation>'{name}' es un documento PDF, no una hoja de cálculo; importe el archivo de Excel o CSV</translation>
        </message>
        <message>
            <source>'{name}' is an image, not a spreadsheet</source>
            <translation>'{name}' es una imagen, no una hoja de cálculo</translation>
        </message>
        <message>
            <source>'{name}' is password-protected; open it in Excel, remove the password, save it and import again</source>
            <translation>'{name}' está protegido con contraseña; ábralo en Excel, quite la contraseña, guárdelo e impórtelo de nuevo</translation>
        </message>
        <message>
            <source>'{name}' is a Word document, not a spreadsheet</source>
            <translation>'{name}' es un documento de Word, no una hoja de cálculo</translation>
        </message>
        <message>
            <source>'{name}' is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import again</source>
            <translation>'{name}' es un libro de Excel 97-2003 (.xls); guárdelo como .xlsx o CSV e impórtelo de nuevo</translation>
        </message>
        <message>
            <source>'{name}' is damaged or is not a real Excel workbook</source>
            <translation>'{name}' está dañado o no es un libro de Excel real</translation>
        </message>
        <message>
            <source>'{name}' is an Excel binary workbook (.xlsb); save it as .xlsx or CSV and import again</source>
            <translation>'{name}' es un libro binario de Excel (.xlsb); guárdelo como .xlsx o CSV e impórtelo de nuevo</translation>
        </message>
        <message>
            <source>'{name}' is a PowerPoint presentation, not a spreadsheet</source>
            <translation>'{name}' es una presentación de PowerPoint, no una hoja de cálculo</translation>
        </message>
        <message>
            <source>'{name}' is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import again</source>
            <translation>'{name}' es una hoja de cálculo OpenDocument (.ods); guárdela como .xlsx o CSV e impórtela de nuevo</translation>
        </message>
        <message>
            <source>'{name}' is a ZIP archive, not a spreadsheet; extract the list and import that file</source>
            <translation>'{name}' es un archivo ZIP, no una hoja de cálculo; extraiga la lista e importe ese archivo</translation>
        </message>
        <message>
            <source>'{name}' is not valid {encoding} text; the file may be damaged</source>
            <translation>'{name}' no es texto {encoding} válido; el archivo puede estar dañado</translation>
        </message>
        <message>
            <source>'{name}' is not a spreadsheet or a text file (it contains binary data)</source>
            <translation>'{name}' no es una hoja de cálculo ni un archivo de texto (contiene datos binarios)</translation>
        </message>
        <message>
            <source>'{name}' is a web page or XML file, not a CSV or Excel workbook; open it in Excel and save it as .xlsx or CSV</source>
            <translation>'{name}' es una página web o un archivo XML, no un CSV ni un libro de Excel; ábralo en Excel y guárdelo como .xlsx o CSV</translation>
        </message>
        <message>
            <source>'{name}' is a text document (RTF), not a spreadsheet</source>
            <translation>'{name}' es un documento de texto (RTF), no una hoja de cálculo</translation>
        </message>
        <message>
            <source>'{name}' does not look like a participant list: no columns found</source>
            <translation>'{name}' no parece una lista de participantes: no se encontraron columnas</translation>
        </message>
        <message>
            <source>'{name}', line {line}: a quotation mark (") opens a cell that never closes</source>
            <translation>'{name}', línea {line}: unas comillas (") abren una celda que nunca se cierra</translation>
        </message>
        <message>
            <source>'{name}' cannot be read as CSV near line {line}</source>
            <translation>'{name}' no se puede leer como CSV cerca de la línea {line}</translation>
        </message>
        <message>
            <source>'{name}' has no data in any worksheet</source>
            <translation>'{name}' no tiene datos en ninguna hoja</translation>
        </message>
        <message>
            <source>No name columns found. Expected 'Nombre(s)' / 'First name' and 'Apellido(s)' / 'Last name' (or 'Nombre completo' / 'Full name'). Columns in the file: {columns}</source>
            <translation>No se encontraron columnas de nombre. Se esperaban 'Nombre(s)' / 'First name' y 'Apellido(s)' / 'Last name' (o 'Nombre completo' / 'Full name'). Columnas del archivo: {columns}</translation>
        </message>
        <message>
            <source>closest: {id} ({label})</source>
            <translation>la más parecida: {id} ({label})</translation>
        </message>
        <message>
            <source>Unknown category “{text}”.</source>
            <translation>Categoría desconocida: “{text}”.</translation>
        </message>
        <message>
            <source>Did you mean {id} ({label})?</source>
            <translation>¿Quiso decir {id} ({label})?</translation>
        </message>
        <message>
            <source>Known categories: {known}.</source>
            <translation>Categorías conocidas: {known}.</translation>
        </message>
        <message>
            <source>The rule “{rule}” is not TEXT=CATEGORY (e.g. cancilleria=mfa).</source>
            <translation>La regla “{rule}” no tiene la forma TEXTO=CATEGORÍA (p. ej., cancilleria=mfa).</translation>
        </message>
        <message>
            <source>The rule “{rule}” has no text to look for.</source>
            <translation>La regla “{rule}” no tiene texto que buscar.</translation>
        </message>
        <message numerus="yes">
            <source>%n rules chosen</source>
            <translation>
                <numerusform>%n regla elegida</numerusform>
                <numerusform>%n reglas elegidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n by rule)</source>
            <translation>
                <numerusform>(%n por regla)</numerusform>
                <numerusform>(%n por regla)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>category “{value}” is not a category of this event: %n lines ({lines})</source>
            <translation>
                <numerusform>la categoría “{value}” no es una categoría de este evento: %n línea ({lines})</numerusform>
                <numerusform>la categoría “{value}” no es una categoría de este evento: %n líneas ({lines})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: nothing was imported, %n lines have problems:</source>
            <translation>
                <numerusform>{file}: no se importó nada, %n línea tiene problemas:</numerusform>
                <numerusform>{file}: no se importó nada, %n líneas tienen problemas:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{rule}” (%n rows)</source>
            <translation>
                <numerusform>“{rule}” (%n fila)</numerusform>
                <numerusform>“{rule}” (%n filas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <source>unknown code</source>
            <translation>código desconocido</translation>
        </message>
        <message>
            <source>misread code</source>
            <translation>código mal leído</translation>
        </message>
        <message>
            <source>registered online</source>
            <translation>inscrito en modalidad virtual</translation>
        </message>
        <message>
            <source>registration cancelled</source>
            <translation>inscripción cancelada</translation>
        </message>
        <message>
            <source>ID check needed</source>
            <translation>requiere verificar la identificación</translation>
        </message>
        <message>
            <source>already checked in</source>
            <translation>ya acreditado</translation>
        </message>
    </context>
    <context>
        <name>manifest</name>
        <message>
            <source>All buses</source>
            <translation>Todos los buses</translation>
        </message>
        <message>
            <source>Bus manifest</source>
            <translation>Lista de pasajeros</translation>
        </message>
        <message>
            <source>On board, not back yet: {count}</source>
            <translation>A bordo, aún sin regresar: {count}</translation>
        </message>
        <message>
            <source>Only people who boarded and have not come back yet.</source>
            <translation>Solo las personas que abordaron y aún no han regresado.</translation>
        </message>
        <message>
            <source>People on this list: {count}</source>
            <translation>Personas en esta lista: {count}</translation>
        </message>
        <message>
            <source>Everyone scanned for this bus, with their return.</source>
            <translation>Todas las personas escaneadas para este bus, con su regreso.</translation>
        </message>
        <message>
            <source>Bus: {bus}</source>
            <translation>Bus: {bus}</translation>
        </message>
        <message>
            <source>Generated at {time}</source>
            <translation>Generada a las {time}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Bus</source>
            <translation>Bus</translation>
        </message>
        <message>
            <source>Boarded at</source>
            <translation>Abordó</translation>
        </message>
        <message>
            <source>Returned at</source>
            <translation>Regresó</translation>
        </message>
        <message>
            <source>Nobody is on this list.</source>
            <translation>No hay nadie en esta lista.</translation>
        </message>
        <message>
            <source>Driver: name and signature</source>
            <translation>Motorista: nombre y firma</translation>
        </message>
        <message>
            <source>Security: name and signature</source>
            <translation>Seguridad: nombre y firma</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>matching</name>
        <message>
            <source>same e-mail</source>
            <translation>mismo correo</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>mismo teléfono</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>mismo nombre</translation>
        </message>
        <message>
            <source>same name but for accents or capitals</source>
            <translation>mismo nombre salvo acentos o mayúsculas</translation>
        </message>
        <message>
            <source>same names in another order</source>
            <translation>mismos nombres en otro orden</translation>
        </message>
        <message>
            <source>given and family names split differently</source>
            <translation>nombres y apellidos separados de otra forma</translation>
        </message>
        <message>
            <source>without the given name «{word}»</source>
            <translation>sin el nombre “{word}”</translation>
        </message>
        <message>
            <source>without the family name «{word}»</source>
            <translation>sin el apellido “{word}”</translation>
        </message>
        <message>
            <source>one letter differs: «{word}» / «{other}»</source>
            <translation>una letra distinta: “{word}” / “{other}”</translation>
        </message>
        <message>
            <source>«{word}» as the initial of «{other}»</source>
            <translation>“{word}” como inicial de “{other}”</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>mismo país</translation>
        </message>
    </context>
    <context>
        <name>merging</name>
        <message>
            <source>Choose two different participants to merge.</source>
            <translation>Elija dos participantes distintos para fusionar.</translation>
        </message>
        <message>
            <source>{name} was already merged into another participant.</source>
            <translation>{name} ya se fusionó con otro participante.</translation>
        </message>
        <message>
            <source>voided by a merge</source>
            <translation>anulado por fusión</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong inside Desk: {error}. Nothing was lost; please tell support.</source>
            <translation>Algo falló dentro de Desk: {error}. No se perdió nada; avise a soporte técnico.</translation>
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
            <translation>{zone} no es una zona horaria (por ejemplo America/El_Salvador).</translation>
        </message>
        <message>
            <source>Nobody called or written “{who}” is in the online attendance imported so far. See desk online unmatched.</source>
            <translation>En la asistencia virtual importada hasta ahora no hay nadie llamado “{who}” ni con ese correo. Vea desk online unmatched.</translation>
        </message>
        <message>
            <source>No participant has the code {code}.</source>
            <translation>Ningún participante tiene el código {code}.</translation>
        </message>
        <message>
            <source>{who}: back to review</source>
            <translation>{who}: de vuelta a revisión</translation>
        </message>
        <message>
            <source>{who}: not a participant</source>
            <translation>{who}: no es participante</translation>
        </message>
        <message>
            <source>{who} is {code}</source>
            <translation>{who} es {code}</translation>
        </message>
        <message>
            <source>certificates: {rule}</source>
            <translation>constancias: {rule}</translation>
        </message>
        <message>
            <source>Line {line}: this line cannot be read as a table row (a cell is too long, or a quotation mark never closes).</source>
            <translation>Línea {line}: esta línea no se puede leer como fila de una tabla (una celda es demasiado larga o unas comillas nunca se cierran).</translation>
        </message>
        <message>
            <source>Line {line}: “{text}” is not a date and time (like 23/05/2022 09:54).</source>
            <translation>Línea {line}: “{text}” no es una fecha y hora (como 23/05/2022 09:54).</translation>
        </message>
        <message>
            <source>Line {line}: “{text}” is not a time of day.</source>
            <translation>Línea {line}: “{text}” no es una hora del día.</translation>
        </message>
        <message>
            <source>Line {line}: “{text}” has its day and month the other way round from line {other}. Is the file damaged?</source>
            <translation>Línea {line}: “{text}” tiene el día y el mes al revés que la línea {other}. ¿Está dañado el archivo?</translation>
        </message>
        <message>
            <source>Line {line}: “{text}” is not a real date and time.</source>
            <translation>Línea {line}: “{text}” no es una fecha y hora que exista.</translation>
        </message>
        <message>
            <source>{file} is too big for an attendance report.</source>
            <translation>{file} es demasiado grande para ser un reporte de asistencia.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>No se puede leer {file}: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a Zoom or Teams attendance report: no row has a name, a join time and a leave time.</source>
            <translation>{file} no es un reporte de asistencia de Zoom ni de Teams: ninguna fila tiene un nombre, una hora de entrada y una hora de salida.</translation>
        </message>
        <message>
            <source>Line {line}: the connection has no name and no e-mail.</source>
            <translation>Línea {line}: la conexión no tiene nombre ni correo electrónico.</translation>
        </message>
        <message>
            <source>The dates of {file} can be read day first or month first (line {line}: {text}). Say which: day/month or month/day.</source>
            <translation>Las fechas de {file} se pueden leer con el día primero o con el mes primero (línea {line}: {text}). Indique cuál: día/mes o mes/día.</translation>
        </message>
        <message>
            <source>Line {line}: the leave time {leave} is before the join time {join}.</source>
            <translation>Línea {line}: la hora de salida {leave} es anterior a la hora de entrada {join}.</translation>
        </message>
        <message>
            <source>The minimum time online must be 1 to 1440 minutes.</source>
            <translation>El tiempo mínimo conectado debe ser de 1 a 1440 minutos.</translation>
        </message>
        <message>
            <source>The minimum share of an item must be 1 to 100 %.</source>
            <translation>La parte mínima de una actividad debe ser de 1 a 100 %.</translation>
        </message>
        <message>
            <source>A certificate rule is either a number of sessions or a percentage of the first day's sessions.</source>
            <translation>La regla de las constancias es un número de sesiones o un porcentaje de las sesiones del primer día.</translation>
        </message>
        <message>
            <source>The number of sessions must be 1 to 1000.</source>
            <translation>El número de sesiones debe ser de 1 a 1000.</translation>
        </message>
        <message>
            <source>The percentage must be 1 to 100.</source>
            <translation>El porcentaje debe ser de 1 a 100.</translation>
        </message>
        <message>
            <source>at least {percent} % of the first day's sessions ({n} of {total})</source>
            <translation>al menos el {percent} % de las sesiones del primer día ({n} de {total})</translation>
        </message>
        <message>
            <source>Line {line}: {when} is not a day of the forum ({first} to {last}). Is this the right file, and the right time zone? Nothing was imported.</source>
            <translation>Línea {line}: {when} no es un día del foro ({first} a {last}). ¿Es el archivo correcto, con la zona horaria correcta? No se importó nada.</translation>
        </message>
        <message numerus="yes">
            <source>at least %n sessions</source>
            <translation>
                <numerusform>al menos %n sesión</numerusform>
                <numerusform>al menos %n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>online presence: %n min of an item, or {percent} % of it when that is less</source>
            <translation>
                <numerusform>presencia virtual: %n min de una actividad, o el {percent} % si es menos</numerusform>
                <numerusform>presencia virtual: %n min de una actividad, o el {percent} % si es menos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n connections, {matched} matched, {unmatched} to review</source>
            <translation>
                <numerusform>{file}: %n conexión, {matched} identificadas, {unmatched} por revisar</numerusform>
                <numerusform>{file}: %n conexiones, {matched} identificadas, {unmatched} por revisar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>operators</name>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>El PIN debe tener de 4 a 8 dígitos.</translation>
        </message>
        <message>
            <source>Enter the operator's name.</source>
            <translation>Escriba el nombre del operador.</translation>
        </message>
        <message numerus="yes">
            <source>A name has at most %n characters.</source>
            <translation>
                <numerusform>El nombre puede tener como máximo %n carácter.</numerusform>
                <numerusform>El nombre puede tener como máximo %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown role {role}.</source>
            <translation>Rol desconocido: {role}.</translation>
        </message>
        <message>
            <source>{name} is not an operator at this desk.</source>
            <translation>{name} no es operador de este puesto.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs for {name}: try again in %n seconds.</source>
            <translation>
                <numerusform>Demasiados PIN incorrectos para {name}: intente de nuevo en %n segundo.</numerusform>
                <numerusform>Demasiados PIN incorrectos para {name}: intente de nuevo en %n segundos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong supervisor PINs: try again in %n seconds.</source>
            <translation>
                <numerusform>Demasiados PIN de supervisor incorrectos: intente de nuevo en %n segundo.</numerusform>
                <numerusform>Demasiados PIN de supervisor incorrectos: intente de nuevo en %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>PIN incorrecto para {name}.</translation>
        </message>
        <message>
            <source>This needs a supervisor's PIN.</source>
            <translation>Esto requiere el PIN de un supervisor.</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>PDF files in a folder</source>
            <translation>Archivos PDF en una carpeta</translation>
        </message>
        <message>
            <source>the system's default printer</source>
            <translation>la impresora predeterminada del sistema</translation>
        </message>
        <message>
            <source>The printer “{name}” cannot be used: is it switched on, connected and with paper? Nothing was printed.</source>
            <translation>No se puede usar la impresora “{name}”: ¿está encendida, conectada y con papel? No se imprimió nada.</translation>
        </message>
        <message>
            <source>The printer refused a new page.</source>
            <translation>La impresora rechazó una página nueva.</translation>
        </message>
        <message>
            <source>The printer did not accept the badges: nothing was printed. Check the printer.</source>
            <translation>La impresora no aceptó los gafetes: no se imprimió nada. Revise la impresora.</translation>
        </message>
        <message>
            <source>Preparing badges: {done} of {total}…</source>
            <translation>Preparando gafetes: {done} de {total}…</translation>
        </message>
        <message>
            <source>Printing page {done} of {total}…</source>
            <translation>Imprimiendo página {done} de {total}…</translation>
        </message>
        <message>
            <source>This computer has no default printer. Choose a printer, or “Save as PDF file…”, in Badges → Badge printing settings…</source>
            <translation>Este equipo no tiene impresora predeterminada. Elija una impresora, o “Guardar como archivo PDF…”, en Gafetes → Configuración de impresión de gafetes…</translation>
        </message>
        <message>
            <source>The printer “{name}” is not available on this computer. Choose another one in Badges → Badge printing settings…</source>
            <translation>La impresora “{name}” no está disponible en este equipo. Elija otra en Gafetes → Configuración de impresión de gafetes…</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Gafetes</translation>
        </message>
        <message>
            <source>Save badges as PDF</source>
            <translation>Guardar gafetes como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The badge PDF folder “{folder}” cannot be used ({reason}). Choose another one in Badges → Badge printing settings…</source>
            <translation>No se puede usar la carpeta de PDF de gafetes “{folder}” ({reason}). Elija otra en Gafetes → Configuración de impresión de gafetes…</translation>
        </message>
        <message>
            <source>This badge is being printed right now: wait for it, then try again.</source>
            <translation>Este gafete se está imprimiendo ahora mismo: espere y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The badges were printed, but the print could not be recorded: {reason}</source>
            <translation>Los gafetes se imprimieron, pero no se pudo registrar la impresión: {reason}</translation>
        </message>
        <message>
            <source>Writing the badge files stopped. Written, and recorded: {sent}. Not written: {rest}.</source>
            <translation>Se detuvo la escritura de los archivos de gafetes. Escritos y registrados: {sent}. No escritos: {rest}.</translation>
        </message>
        <message>
            <source>Printing stopped. Badges already sent to the printer, and recorded: {sent}. Not printed: {rest}.</source>
            <translation>Impresión detenida. Gafetes ya enviados a la impresora y registrados: {sent}. Sin imprimir: {rest}.</translation>
        </message>
        <message numerus="yes">
            <source>Badge preview — %n pages</source>
            <translation>
                <numerusform>Vista previa de gafetes: %n página</numerusform>
                <numerusform>Vista previa de gafetes: %n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Badge preview — the first {shown} of %n pages</source>
            <translation>
                <numerusform>Vista previa de gafetes: las primeras {shown} de %n página</numerusform>
                <numerusform>Vista previa de gafetes: las primeras {shown} de %n páginas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>{day} is not a day of this event ({dates}).</source>
            <translation>{day} no es un día de este evento ({dates}).</translation>
        </message>
        <message>
            <source>Dietary need: {need}</source>
            <translation>Necesidad alimentaria: {need}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Checked in at</source>
            <translation>Acreditación (fecha y hora)</translation>
        </message>
        <message>
            <source>{item} (online)</source>
            <translation>{item} (virtual)</translation>
        </message>
        <message>
            <source>Items attended online</source>
            <translation>Actividades a las que asistió virtualmente</translation>
        </message>
        <message>
            <source>Items attended</source>
            <translation>Actividades a las que asistió</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Attendance report</source>
            <translation>Informe de asistencia</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>Acreditados</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelados</translation>
        </message>
        <message>
            <source>% checked in</source>
            <translation>% acreditados</translation>
        </message>
        <message>
            <source>Checked in on {day}</source>
            <translation>Acreditados el {day}</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Attendance by category</source>
            <translation>Asistencia por categoría</translation>
        </message>
        <message>
            <source>Attendance by country</source>
            <translation>Asistencia por país</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>(no country)</source>
            <translation>(sin país)</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Inside / not back</source>
            <translation>Adentro / sin regresar</translation>
        </message>
        <message>
            <source>Generated at {time}, {zone}</source>
            <translation>Generado el {time}, {zone}</translation>
        </message>
        <message>
            <source>Not checked in at desk</source>
            <translation>Sin acreditar</translation>
        </message>
        <message>
            <source>Catering</source>
            <translation>Alimentación</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>Boarded at</source>
            <translation>Abordó</translation>
        </message>
        <message>
            <source>First entry</source>
            <translation>Primera entrada</translation>
        </message>
        <message>
            <source>Returned at</source>
            <translation>Regresó</translation>
        </message>
        <message>
            <source>Last exit</source>
            <translation>Última salida</translation>
        </message>
        <message>
            <source>Bus</source>
            <translation>Bus</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Mesa</translation>
        </message>
        <message>
            <source>Not back</source>
            <translation>Sin regresar</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Adentro</translation>
        </message>
        <message>
            <source>Participants × items</source>
            <translation>Participantes × actividades</translation>
        </message>
        <message>
            <source>checked in / registered ({pct} %)</source>
            <translation>acreditados / inscritos ({pct} %)</translation>
        </message>
        <message>
            <source>registered in person</source>
            <translation>inscritos presenciales</translation>
        </message>
        <message>
            <source>registered online</source>
            <translation>inscritos virtuales</translation>
        </message>
        <message>
            <source>checked in that day</source>
            <translation>acreditados ese día</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelados</translation>
        </message>
        <message>
            <source>Other countries ({n})</source>
            <translation>Otros países ({n})</translation>
        </message>
        <message>
            <source>Attendees by category</source>
            <translation>Asistentes por categoría</translation>
        </message>
        <message>
            <source>Attendees by country</source>
            <translation>Asistentes por país</translation>
        </message>
        <message>
            <source>Cannot export to {file}: use a .xlsx, .csv or .pdf file name.</source>
            <translation>No se puede exportar a {file}: use un nombre de archivo .xlsx, .csv o .pdf.</translation>
        </message>
        <message>
            <source>Attendance report ({scope}) written to {path}.</source>
            <translation>Informe de asistencia ({scope}) guardado en {path}.</translation>
        </message>
        <message>
            <source>{checked} of {people} checked in; {items}.</source>
            <translation>{checked} de {people} acreditados; {items}.</translation>
        </message>
        <message>
            <source>Without e-mail addresses and phone numbers.</source>
            <translation>Sin correos electrónicos ni teléfonos.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant rows.</source>
            <translation>
                <numerusform>%n fila de participantes.</numerusform>
                <numerusform>%n filas de participantes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>No connection to the server {url} ({reason}): saved on this computer ({path}); it goes to the server as soon as it answers.</source>
            <translation>Sin conexión con el servidor {url} ({reason}): se guardó en este equipo ({path}); se envía al servidor en cuanto responda.</translation>
        </message>
        <message>
            <source>Sent to the server what this desk saved without it: {counts}.</source>
            <translation>Se envió al servidor lo que este puesto guardó sin él: {counts}.</translation>
        </message>
        <message>
            <source>Desk's tables were created on {url}.</source>
            <translation>Se crearon las tablas de Desk en {url}.</translation>
        </message>
        <message>
            <source>{url} already has Desk's tables: nothing to do.</source>
            <translation>{url} ya tiene las tablas de Desk: no hay nada que hacer.</translation>
        </message>
        <message>
            <source>{url}: Desk's tables were brought up to date (schema {old} → {new}).</source>
            <translation>{url}: las tablas de Desk se pusieron al día (esquema {old} → {new}).</translation>
        </message>
        <message>
            <source>{tool} was not found: install PostgreSQL's client programs (Debian/Ubuntu: apt-get install postgresql-client) and try again. Nothing was written.</source>
            <translation>No se encontró {tool}: instale los programas cliente de PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client) e inténtelo de nuevo. No se escribió nada.</translation>
        </message>
        <message>
            <source>Server backup written: {path} ({size} KB, checked with pg_restore). To restore it into an empty database: pg_restore --no-owner --dbname=URL {path}</source>
            <translation>Respaldo del servidor guardado: {path} ({size} KB, comprobado con pg_restore). Para restaurarlo en una base de datos vacía: pg_restore --no-owner --dbname=URL {path}</translation>
        </message>
        <message>
            <source>{tool} failed ({reason}): no backup was written.</source>
            <translation>{tool} falló ({reason}): no se escribió ningún respaldo.</translation>
        </message>
        <message>
            <source>The server's database belongs to the event {db_event}, not {event}.</source>
            <translation>La base de datos del servidor pertenece al evento {db_event}, no a {event}.</translation>
        </message>
        <message>
            <source>The connection to the server was lost: this was not saved. Do it again: it will be saved on this computer.</source>
            <translation>Se perdió la conexión con el servidor: esto no se guardó. Hágalo de nuevo: se guardará en este equipo.</translation>
        </message>
        <message>
            <source>This desk's file {path} belongs to the event {local}, the server to {server}: choose another file with --local.</source>
            <translation>El archivo de este puesto {path} pertenece al evento {local}, el servidor a {server}: elija otro archivo con --local.</translation>
        </message>
        <message>
            <source>The database already has tables that are not Desk's ({tables}): nothing was changed. Give Desk an empty database of its own.</source>
            <translation>La base de datos ya tiene tablas que no son de Desk ({tables}): no se cambió nada. Dé a Desk una base de datos vacía propia.</translation>
        </message>
        <message>
            <source>The server's database was written by a newer Desk (schema {found}, this Desk knows {known}); update Desk on this computer.</source>
            <translation>La base de datos del servidor la escribió un Desk más reciente (esquema {found}, este Desk conoce {known}); actualice Desk en este equipo.</translation>
        </message>
        <message>
            <source>The server's database has schema {found}; this Desk needs {known}. Update it from a desk with `desk server init URL`.</source>
            <translation>La base de datos del servidor tiene el esquema {found}; este Desk necesita {known}. Actualícela desde un puesto con `desk server init URL`.</translation>
        </message>
        <message>
            <source>{url} has no Desk database yet: create it once with `desk server init {url}`.</source>
            <translation>{url} aún no tiene base de datos de Desk: créela una vez con `desk server init {url}`.</translation>
        </message>
        <message>
            <source>{url} is not a Desk server database.</source>
            <translation>{url} no es una base de datos de servidor de Desk.</translation>
        </message>
        <message>
            <source>Server: {url} (PostgreSQL {version})</source>
            <translation>Servidor: {url} (PostgreSQL {version})</translation>
        </message>
        <message>
            <source>Schema: {version} (this Desk: {known})</source>
            <translation>Esquema: {version} (este Desk: {known})</translation>
        </message>
        <message>
            <source>Event: {event}</source>
            <translation>Evento: {event}</translation>
        </message>
        <message>
            <source>Desks: {desks} · participants: {participants} · records: {records}</source>
            <translation>Puestos: {desks} · participantes: {participants} · registros: {records}</translation>
        </message>
        <message>
            <source>Round trip: {ms:.1f} ms</source>
            <translation>Ida y vuelta: {ms:.1f} ms</translation>
        </message>
        <message>
            <source>The server {url} does not answer ({reason}); nothing was changed.</source>
            <translation>El servidor {url} no responde ({reason}); no se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Remembered operator</source>
            <translation>Operador recordado</translation>
        </message>
        <message>
            <source>Last folder of a file dialog</source>
            <translation>Última carpeta de un diálogo de archivos</translation>
        </message>
        <message>
            <source>Automatic backup every (minutes)</source>
            <translation>Respaldo automático cada (minutos)</translation>
        </message>
        <message>
            <source>Where the data is: this computer's file or a server</source>
            <translation>Dónde están los datos: el archivo de este equipo o un servidor</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>First-run setup done</source>
            <translation>Configuración inicial hecha</translation>
        </message>
        <message>
            <source>Shared sync folder</source>
            <translation>Carpeta compartida de sincronización</translation>
        </message>
        <message>
            <source>Badge printing after a check-in</source>
            <translation>Impresión del gafete después de acreditar</translation>
        </message>
        <message>
            <source>Print only for people without a badge yet</source>
            <translation>Imprimir solo para personas que aún no tienen gafete</translation>
        </message>
        <message>
            <source>Badge printer</source>
            <translation>Impresora de gafetes</translation>
        </message>
        <message>
            <source>Badge layout</source>
            <translation>Diseño del gafete</translation>
        </message>
        <message>
            <source>Folder of the badge PDF files</source>
            <translation>Carpeta de los archivos PDF de gafetes</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Cámara</translation>
        </message>
        <message>
            <source>Camera scanning on</source>
            <translation>Escaneo con cámara activado</translation>
        </message>
        <message>
            <source>Sound volume</source>
            <translation>Volumen de los sonidos</translation>
        </message>
        <message>
            <source>Sounds muted</source>
            <translation>Sonidos silenciados</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Nothing new: everything in these files was here already.</source>
            <translation>Nada nuevo: todo lo de estos archivos ya estaba aquí.</translation>
        </message>
        <message>
            <source>{file}: from {desk}, written {time}: {counts}.</source>
            <translation>{file}: de {desk}, generado el {time}: {counts}.</translation>
        </message>
        <message>
            <source>Merged: {counts} ({kinds}).</source>
            <translation>Fusión completada: {counts} ({kinds}).</translation>
        </message>
        <message>
            <source>Online attendance merged: {counts}.</source>
            <translation>Asistencia virtual incorporada: {counts}.</translation>
        </message>
        <message>
            <source>Edited at two desks: {name} ({code}). Kept the version of {desk} ({time}), not the one of {other_desk} ({other_time}); they differ in: {fields}. Check it.</source>
            <translation>Editado en dos puestos: {name} ({code}). Se conservó la versión de {desk} ({time}), no la de {other_desk} ({other_time}); difieren en: {fields}. Revíselo.</translation>
        </message>
        <message>
            <source>Checked in at two desks: {name} ({code}): {places}. Counted once.</source>
            <translation>Acreditado en dos puestos: {name} ({code}): {places}. Se cuenta una sola vez.</translation>
        </message>
        <message>
            <source>same e-mail</source>
            <translation>mismo correo</translation>
        </message>
        <message>
            <source>same country</source>
            <translation>mismo país</translation>
        </message>
        <message>
            <source>Maybe the same person twice: {name} ({code}) and {other} ({other_code}), same name, {reason}. Check them.</source>
            <translation>Quizás la misma persona dos veces: {name} ({code}) y {other} ({other_code}), mismo nombre, {reason}. Revíselos.</translation>
        </message>
        <message numerus="yes">
            <source>%n online connections</source>
            <translation>
                <numerusform>%n conexión virtual</numerusform>
                <numerusform>%n conexiones virtuales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n identifications</source>
            <translation>
                <numerusform>%n identificación</numerusform>
                <numerusform>%n identificaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins</source>
            <translation>
                <numerusform>%n acreditación</numerusform>
                <numerusform>%n acreditaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n door scans</source>
            <translation>
                <numerusform>%n escaneo en puerta</numerusform>
                <numerusform>%n escaneos en puerta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge prints</source>
            <translation>
                <numerusform>%n gafete impreso</numerusform>
                <numerusform>%n gafetes impresos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancellations</source>
            <translation>
                <numerusform>%n anulación</numerusform>
                <numerusform>%n anulaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merges</source>
            <translation>
                <numerusform>%n fusión</numerusform>
                <numerusform>%n fusiones</numerusform>
            </translation>
        </message>
        <message>
            <source>This database belongs to the event {db_event}, not {event}.</source>
            <translation>Esta base de datos es del evento {db_event}, no de {event}.</translation>
        </message>
        <message>
            <source>{file} is damaged (cut short or corrupted): it was not imported; nothing was changed.</source>
            <translation>{file} está dañado (incompleto o corrupto): no se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{file} is not a desk file: it was not imported; nothing was changed.</source>
            <translation>{file} no es un archivo de puesto: no se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{file} cannot be read ({reason}): it was not imported; nothing was changed.</source>
            <translation>No se puede leer {file} ({reason}): no se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{file} is damaged (its checksum does not match): it was not imported; nothing was changed.</source>
            <translation>{file} está dañado (su suma de verificación no coincide): no se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{file} was written by another version of Desk (file format {version}; this Desk reads format {known}): update Desk to import it; nothing was changed.</source>
            <translation>{file} fue generado por otra versión de Desk (formato de archivo {version}; esta versión lee el formato {known}): actualice Desk para importarlo; no se cambió nada.</translation>
        </message>
        <message>
            <source>{file} is from another event ({file_event}; this desk is for {event}): it was not imported; nothing was changed.</source>
            <translation>{file} es de otro evento ({file_event}; este puesto es para {event}): no se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>{file} gives the code {code} to {name}, but here it belongs to {other}, another participant (the same list imported at two desks?): it was not imported; nothing was changed.</source>
            <translation>{file} asigna el código {code} a {name}, pero aquí pertenece a {other}, otro participante (¿se importó la misma lista en dos puestos?): no se importó; no se cambió nada.</translation>
        </message>
        <message>
            <source>Choose at least one desk file to import.</source>
            <translation>Elija al menos un archivo de puesto para importar.</translation>
        </message>
        <message>
            <source>These desk files do not fit this database ({reason}): nothing was imported.</source>
            <translation>Estos archivos de puesto no corresponden a esta base de datos ({reason}): no se importó nada.</translation>
        </message>
        <message>
            <source>This desk's file: {path}</source>
            <translation>Archivo de este puesto: {path}</translation>
        </message>
        <message>
            <source>No other desk's file in {folder} yet.</source>
            <translation>Todavía no hay archivos de otros puestos en {folder}.</translation>
        </message>
        <message>
            <source>Left out {file}: {why}</source>
            <translation>Se omitió {file}: {why}</translation>
        </message>
        <message>
            <source>The shared folder {folder} cannot be reached.</source>
            <translation>No se puede acceder a la carpeta compartida {folder}.</translation>
        </message>
        <message>
            <source>{path}: {counts} ({kinds}).</source>
            <translation>{path}: {counts} ({kinds}).</translation>
        </message>
        <message>
            <source>Online attendance: {counts}.</source>
            <translation>Asistencia virtual: {counts}.</translation>
        </message>
        <message>
            <source>No records made at this desk ({desk}) yet.</source>
            <translation>Todavía no hay registros hechos en este puesto ({desk}).</translation>
        </message>
        <message>
            <source>SHA-256: {sha}</source>
            <translation>SHA-256: {sha}</translation>
        </message>
        <message numerus="yes">
            <source>%n new identifications</source>
            <translation>
                <numerusform>%n identificación nueva</numerusform>
                <numerusform>%n identificaciones nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new online connections</source>
            <translation>
                <numerusform>%n conexión virtual nueva</numerusform>
                <numerusform>%n conexiones virtuales nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records made at this desk ({desk}), from {first} to {last}.</source>
            <translation>
                <numerusform>%n registro hecho en este puesto ({desk}), del {first} al {last}.</numerusform>
                <numerusform>%n registros hechos en este puesto ({desk}), del {first} al {last}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records were here already (not added twice).</source>
            <translation>
                <numerusform>%n registro ya estaba aquí (no se agregó dos veces).</numerusform>
                <numerusform>%n registros ya estaban aquí (no se agregaron dos veces).</numerusform>
            </translation>
        </message>
    </context>
</TS>
