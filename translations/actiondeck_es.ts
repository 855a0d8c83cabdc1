<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionDeck::AlertsSection</name>
    <message>
        <source>The alert webhook must be an http or https URL.</source>
        <translation>El webhook de alertas debe ser una URL http o https.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Set on the hub (hidden); type a new URL to replace it</source>
        <translation>Configurado en el hub (oculto); escriba una URL nueva para sustituirlo</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Slack-compatible text (Slack, Mattermost, Teams)</source>
        <translation>Texto compatible con Slack (Slack, Mattermost, Teams)</translation>
    </message>
    <message>
        <source>JSON (the run or the source)</source>
        <translation>JSON (la ejecución o la fuente)</translation>
    </message>
    <message>
        <source>Delivery stuck after (minutes)</source>
        <translation>Entrega atascada tras (minutos)</translation>
    </message>
    <message>
        <source>The hub calls the webhook once when a run ends failed, partial or cut off, and once when delivery to a source is stuck and when it recovers; never once per batch. The URL is kept like a write key.</source>
        <translation>El hub llama al webhook una vez cuando una ejecución termina fallida, parcial o cortada, y una vez cuando la entrega a una fuente se atasca y cuando se recupera; nunca una vez por lote. La URL se guarda como una write key.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::BatchActionBar</name>
    <message>
        <source>&amp;Retry selected</source>
        <translation>&amp;Reintentar seleccionados</translation>
    </message>
    <message>
        <source>Send the selected failed batches again</source>
        <translation>Volver a enviar los lotes fallidos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation>&amp;Descartar seleccionados</translation>
    </message>
    <message>
        <source>Delete the selected batches; their messages are never sent</source>
        <translation>Eliminar los lotes seleccionados; sus mensajes no se envían nunca</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Exportar seleccionados…</translation>
    </message>
    <message>
        <source>Save the selected batches&apos; messages as JSON lines</source>
        <translation>Guardar los mensajes de los lotes seleccionados como JSON Lines</translation>
    </message>
    <message>
        <source>Discard the selected batches (%1, with %2 messages)? Their messages will never be sent, and this can not be undone.</source>
        <translation>¿Descartar los lotes seleccionados (%1, con %2 mensajes)? Sus mensajes no se enviarán nunca y esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Still pending among them: %1. Looker was told these were accepted.</source>
        <translation>Aún pendientes entre ellos: %1. A Looker se le comunicó que se habían aceptado.</translation>
    </message>
    <message>
        <source>Discard batches</source>
        <translation>Descartar lotes</translation>
    </message>
    <message>
        <source>Export batches</source>
        <translation>Exportar lotes</translation>
    </message>
    <message>
        <source>JSON lines (*.ndjson *.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.ndjson *.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Another retry, discard or export is still running.</source>
        <translation>Todavía hay otro reintento, descarte o exportación en curso.</translation>
    </message>
    <message>
        <source>No batches selected.</source>
        <translation>No hay lotes seleccionados.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retrying batches: %1…</source>
        <translation>Reintentando lotes: %1…</translation>
    </message>
    <message>
        <source>Discarding batches: %1…</source>
        <translation>Descartando lotes: %1…</translation>
    </message>
    <message>
        <source>Exporting batches: %1…</source>
        <translation>Exportando lotes: %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Batches retried: %1.</source>
        <translation>Lotes reintentados: %1.</translation>
    </message>
    <message>
        <source>Batches retried: %1. Stopped: %2</source>
        <translation>Lotes reintentados: %1. Detenido: %2</translation>
    </message>
    <message>
        <source>Batches discarded: %1.</source>
        <translation>Lotes descartados: %1.</translation>
    </message>
    <message>
        <source>Batches discarded: %1. Stopped: %2</source>
        <translation>Lotes descartados: %1. Detenido: %2</translation>
    </message>
    <message>
        <source>Messages exported to %2: %1.</source>
        <translation>Mensajes exportados a %2: %1.</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>La exportación falló y no se escribió nada: %1</translation>
    </message>
    <message>
        <source>Batches no longer in the outbox: %1.</source>
        <translation>Lotes que ya no están en la bandeja de salida: %1.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::BatchDetailsView</name>
    <message>
        <source>No batches to show.</source>
        <translation>No hay lotes que mostrar.</translation>
    </message>
    <message>
        <source>Select a batch to see its details.</source>
        <translation>Selecciona un lote para ver sus detalles.</translation>
    </message>
    <message>
        <source>Selected — batches: %1, messages: %2.</source>
        <translation>Seleccionados — lotes: %1, mensajes: %2.</translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>Lote %1 · %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Messages: %1 · Attempts: %2</source>
        <translation>Mensajes: %1 · Intentos: %2</translation>
    </message>
    <message>
        <source>Last status: %1</source>
        <translation>Último estado: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Próximo intento: %1</translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation>Entregado: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Procedencia: %1</translation>
    </message>
    <message>
        <source>Being sent by hub %1</source>
        <translation>Lo está enviando el hub %1</translation>
    </message>
</context>
<context>
    <name>ActionDeck::BatchListModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Último estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Hub %1 holds this batch&apos;s lease: no other hub sends it meanwhile.</source>
        <translation>El hub %1 tiene la reserva de este lote: ningún otro hub lo envía mientras tanto.</translation>
    </message>
    <message>
        <source>Sending hub</source>
        <translation>Hub que envía</translation>
    </message>
</context>
<context>
    <name>ActionDeck::CataloguePage</name>
    <message>
        <source>Search names, triggers and attributes</source>
        <translation>Buscar en nombres, activadores y atributos</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Copiar nombre</translation>
    </message>
    <message>
        <source>Copy the event type&apos;s name, to filter event.name in a System Activity Explore</source>
        <translation>Copia el nombre del tipo de evento, para filtrar event.name en una exploración de Actividad del sistema</translation>
    </message>
    <message>
        <source>All groups (%1)</source>
        <translation>Todos los grupos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n event type(s)</source>
        <translation>
            <numerusform>%n tipo de evento</numerusform>
            <numerusform>%n tipos de evento</numerusform>
        </translation>
    </message>
    <message>
        <source>No event type matches</source>
        <translation>Ningún tipo de evento coincide</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Activador</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>This event type has no attributes of its own.</source>
        <translation>Este tipo de evento no tiene atributos propios.</translation>
    </message>
    <message>
        <source>Attributes every event has</source>
        <translation>Atributos que tiene todo evento</translation>
    </message>
    <message>
        <source>Finding it in Looker</source>
        <translation>Cómo encontrarlo en Looker</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the &lt;code&gt;system__activity&lt;/code&gt; model, the &lt;b&gt;Event&lt;/b&gt; Explore lists events (&lt;code&gt;event.name&lt;/code&gt;, &lt;code&gt;event.category&lt;/code&gt;, &lt;code&gt;event.created_time&lt;/code&gt;); the &lt;b&gt;Event Attribute&lt;/b&gt; Explore adds each event&apos;s attributes (&lt;code&gt;event_attribute.name&lt;/code&gt;, &lt;code&gt;event_attribute.value&lt;/code&gt;). Filter &lt;code&gt;event.name&lt;/code&gt; on &lt;code&gt;%1&lt;/code&gt;. The same Explores exist as &lt;code&gt;/explore/i__looker/event&lt;/code&gt; and &lt;code&gt;/explore/i__looker/event_attribute&lt;/code&gt;; seeing them needs the &lt;code&gt;see_system_activity&lt;/code&gt; permission.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En el modelo &lt;code&gt;system__activity&lt;/code&gt;, la exploración &lt;b&gt;Event&lt;/b&gt; enumera los eventos (&lt;code&gt;event.name&lt;/code&gt;, &lt;code&gt;event.category&lt;/code&gt;, &lt;code&gt;event.created_time&lt;/code&gt;); la exploración &lt;b&gt;Event Attribute&lt;/b&gt; añade los atributos de cada evento (&lt;code&gt;event_attribute.name&lt;/code&gt;, &lt;code&gt;event_attribute.value&lt;/code&gt;). Filtra &lt;code&gt;event.name&lt;/code&gt; por &lt;code&gt;%1&lt;/code&gt;. Las mismas exploraciones existen como &lt;code&gt;/explore/i__looker/event&lt;/code&gt; y &lt;code&gt;/explore/i__looker/event_attribute&lt;/code&gt;; para verlas hace falta el permiso &lt;code&gt;see_system_activity&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Source: %1 (%2).</source>
        <translation>Fuente: %1 (%2).</translation>
    </message>
    <message>
        <source>Connect to Looker&apos;s API on the Looker page first</source>
        <translation>Conéctate antes a la API de Looker en la página Looker</translation>
    </message>
    <message>
        <source>Ask Looker&apos;s System Activity how often each event type occurred in the last 7 days</source>
        <translation>Preguntar a la Actividad del sistema de Looker cuántas veces ocurrió cada tipo de evento en los últimos 7 días</translation>
    </message>
    <message>
        <source>Run the Event Attribute query for this type and preview what the System Activity action would send</source>
        <translation>Ejecutar la consulta Event Attribute de este tipo y previsualizar lo que enviaría la acción System Activity</translation>
    </message>
    <message>
        <source>Asking Looker&apos;s System Activity…</source>
        <translation>Preguntando a la Actividad del sistema de Looker…</translation>
    </message>
    <message>
        <source>%1 of %2 event types occurred in the last 7 days.</source>
        <translation>%1 de %2 tipos de evento ocurrieron en los últimos 7 días.</translation>
    </message>
    <message>
        <source>Asking Looker for the last %1 events…</source>
        <translation>Pidiendo a Looker los últimos eventos %1…</translation>
    </message>
    <message>
        <source>Count in Looker</source>
        <translation>Contar en Looker</translation>
    </message>
    <message>
        <source>Preview its events</source>
        <translation>Previsualizar sus eventos</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>Most frequent first</source>
        <translation>Los más frecuentes primero</translation>
    </message>
</context>
<context>
    <name>ActionDeck::ConfigDraft</name>
    <message>
        <source>A source needs a name and a write key.</source>
        <translation>Un origen necesita un nombre y una clave de escritura.</translation>
    </message>
    <message>
        <source>The data plane URL is not usable: %1</source>
        <translation>La URL del data plane no es utilizable: %1</translation>
    </message>
    <message>
        <source>A region needs a name without &quot;=&quot;.</source>
        <translation>Una región necesita un nombre sin &quot;=&quot;.</translation>
    </message>
    <message>
        <source>There is already a region named %1.</source>
        <translation>Ya existe una región llamada %1.</translation>
    </message>
    <message>
        <source>The Looker host must be a host name such as acme.looker.com.</source>
        <translation>El host de Looker debe ser un nombre de host como acme.looker.com.</translation>
    </message>
    <message>
        <source>There is no region named %1.</source>
        <translation>No hay ninguna región llamada %1.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>baja de %1</translation>
    </message>
    <message>
        <source>sources (%1)</source>
        <translation>orígenes (%1)</translation>
    </message>
    <message>
        <source>regions (%1)</source>
        <translation>regiones (%1)</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>executes</source>
        <translation>solicitudes execute</translation>
    </message>
    <message>
        <source>HTTP limits</source>
        <translation>límites HTTP</translation>
    </message>
    <message>
        <source>public base URL</source>
        <translation>URL base pública</translation>
    </message>
    <message>
        <source>Looker host</source>
        <translation>host de Looker</translation>
    </message>
</context>
<context>
    <name>ActionDeck::ConfigStore</name>
    <message>
        <source>The configuration could not be read (%1); the defaults are used until you save.</source>
        <translation>No se pudo leer la configuración (%1); se usan los valores predeterminados hasta que se guarde.</translation>
    </message>
    <message>
        <source>The secrets of this configuration are in the system keychain, which is not used in this session: enter them again.</source>
        <translation>Los secretos de esta configuración están en el llavero del sistema, que no se usa en esta sesión: vuelve a introducirlos.</translation>
    </message>
    <message>
        <source>The secrets could not be read from the system keychain (%1): enter them again.</source>
        <translation>No se pudieron leer los secretos del llavero del sistema (%1): vuelve a introducirlos.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): the secrets are kept in %2, readable only by you.</source>
        <translation>No hay ningún llavero del sistema disponible (%1): los secretos se guardan en %2, que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>The system keychain did not answer: enter the secrets again.</source>
        <translation>El llavero del sistema no respondió: vuelve a introducir los secretos.</translation>
    </message>
    <message>
        <source>The system keychain did not answer: the secrets are kept in %1, readable only by you.</source>
        <translation>El llavero del sistema no respondió: los secretos se guardan en %1, que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>The configuration could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
</context>
<context>
    <name>ActionDeck::ConnectionsPage</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>The listen address must be an IP address such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>La dirección de escucha debe ser una dirección IP, como 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <source>The public base URL must be an http or https URL.</source>
        <translation>La URL base pública debe ser una URL http o https.</translation>
    </message>
    <message>
        <source>Applied, but the hub can not listen: %1</source>
        <translation>Aplicado, pero el hub no puede escuchar: %1</translation>
    </message>
    <message>
        <source>HTTPS needs both the certificate and its private key (or neither, for plain HTTP).</source>
        <translation>HTTPS necesita el certificado y su clave privada (o ninguno de los dos, para HTTP sin cifrar).</translation>
    </message>
    <message>
        <source>HTTPS can not be used: %1</source>
        <translation>No se puede usar HTTPS: %1</translation>
    </message>
    <message>
        <source>The Looker host must be a host name such as acme.looker.com.</source>
        <translation>El host de Looker debe ser un nombre de host como acme.looker.com.</translation>
    </message>
    <message>
        <source>The write key was not shown: %1</source>
        <translation>No se mostró la clave de escritura: %1</translation>
    </message>
    <message>
        <source>Looker token for %1</source>
        <translation>Token de Looker para %1</translation>
    </message>
    <message>
        <source>Paste it into Looker&apos;s Action Hub settings (Authorization). It is shown this once on a server&apos;s hub; here it stays listed.</source>
        <translation>Pégalo en los ajustes del Action Hub en Looker (Authorization). En el hub de un servidor se muestra solo esta vez; aquí sigue en la lista.</translation>
    </message>
    <message>
        <source>Sends the sources, regions and settings changed here to %1</source>
        <translation>Envía a %1 los orígenes, las regiones y los ajustes cambiados aquí</translation>
    </message>
    <message>
        <source>Drops the changes not applied yet</source>
        <translation>Descarta los cambios aún no aplicados</translation>
    </message>
    <message>
        <source>listening and outbox</source>
        <translation>escucha y bandeja de salida</translation>
    </message>
    <message>
        <source>%1, listening and outbox</source>
        <translation>%1, escucha y bandeja de salida</translation>
    </message>
    <message>
        <source>Not applied yet: %1. Apply sends them to %2; Revert drops them.</source>
        <translation>Sin aplicar todavía: %1. Aplicar los envía a %2; Revertir los descarta.</translation>
    </message>
    <message>
        <source>The configuration of %1, on its server. Applied changes are kept there (config-overlay.json in its data directory, over its --config file); where it listens, its TLS files and its outbox are set on the server.</source>
        <translation>La configuración de %1, en su servidor. Los cambios aplicados se guardan allí (config-overlay.json en su directorio de datos, sobre su archivo --config); dónde escucha, sus archivos TLS y su bandeja de salida se configuran en el servidor.</translation>
    </message>
    <message>
        <source>Set by the hub&apos;s --public-url flag on the server: change it there.</source>
        <translation>Lo fija la opción --public-url del hub en el servidor: cámbialo allí.</translation>
    </message>
    <message>
        <source>Nothing to apply: the hub already has these settings.</source>
        <translation>Nada que aplicar: el hub ya tiene estos ajustes.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Applied %1 on %2; kept in its data directory.</source>
        <translation>Aplicado en %2: %1; se guarda en su directorio de datos.</translation>
    </message>
    <message>
        <source>Applied %1.</source>
        <translation>Aplicado: %1.</translation>
    </message>
    <message>
        <source>The changes not applied were dropped.</source>
        <translation>Se descartaron los cambios sin aplicar.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>Source %1 changed here: Apply sends it to the hub.</source>
        <translation>Origen %1 cambiado aquí: Aplicar lo envía al hub.</translation>
    </message>
    <message>
        <source>Source %1 removed here: Apply sends it to the hub.</source>
        <translation>Origen %1 quitado aquí: Aplicar envía el cambio al hub.</translation>
    </message>
    <message>
        <source>Region %1 added here: Apply sends it to the hub, which gives it a secret; then make its tokens.</source>
        <translation>Región %1 añadida aquí: Aplicar la envía al hub, que le asigna un secreto; después crea sus tokens.</translation>
    </message>
    <message>
        <source>A token for %1 was made (nonce %2): Looker may use it now.</source>
        <translation>Se creó un token para %1 (nonce %2): Looker ya puede usarlo.</translation>
    </message>
    <message>
        <source>Revoke a token</source>
        <translation>Revocar un token</translation>
    </message>
    <message>
        <source>Revoke the token %1 of %2 on %3? Looker&apos;s requests with it are refused from then on, and it can not be brought back.</source>
        <translation>¿Revocar el token %1 de %2 en %3? A partir de entonces se rechazan las solicitudes de Looker que lo usen, y no se puede recuperar.</translation>
    </message>
    <message>
        <source>The token %1 of %2 was revoked: Looker&apos;s requests with it are now refused.</source>
        <translation>Se revocó el token %1 de %2: ahora se rechazan las solicitudes de Looker que lo usen.</translation>
    </message>
    <message>
        <source>Saved to %1; the secrets are in the system keychain.</source>
        <translation>Guardado en %1; los secretos están en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <translation>Guardado en %1 (solo tú puedes leerlo).</translation>
    </message>
    <message>
        <source>Applied %1; saved to %2, the secrets in the system keychain.</source>
        <translation>Aplicado: %1; guardado en %2, los secretos en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Applied %1; saved to %2 (readable only by you).</source>
        <translation>Aplicado: %1; guardado en %2 (solo tú puedes leerlo).</translation>
    </message>
    <message>
        <source>a new token of %1</source>
        <translation>un token nuevo de %1</translation>
    </message>
    <message>
        <source>the revocation of token %1</source>
        <translation>la revocación del token %1</translation>
    </message>
</context>
<context>
    <name>ActionDeck::DeliverySection</name>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Requests in flight per source</source>
        <translation>Solicitudes en curso por origen</translation>
    </message>
    <message>
        <source>Gzip level (0 = off)</source>
        <translation>Nivel de gzip (0 = desactivado)</translation>
    </message>
    <message>
        <source>Request timeout (seconds)</source>
        <translation>Tiempo límite por solicitud (s)</translation>
    </message>
    <message>
        <source>Events per batch</source>
        <translation>Eventos por lote</translation>
    </message>
    <message>
        <source>Keep delivered batches (hours)</source>
        <translation>Conservar lotes entregados (horas)</translation>
    </message>
    <message>
        <source>Delivered batches stay in the outbox this long, to inspect or export, then they are deleted. Pending and failed batches are kept until you discard them.</source>
        <translation>Los lotes entregados se conservan en la bandeja de salida este tiempo, para revisarlos o exportarlos, y después se eliminan. Los lotes pendientes y fallidos se conservan hasta que los descarte.</translation>
    </message>
    <message>
        <source>Send empty values as &quot;&quot; (like the Node Action Hub)</source>
        <translation>Enviar los valores vacíos como &quot;&quot; (como el Action Hub de Node)</translation>
    </message>
</context>
<context>
    <name>ActionDeck::EnableActionsDialog</name>
    <message>
        <source>Enable the actions in Looker</source>
        <translation>Activar las acciones en Looker</translation>
    </message>
    <message>
        <source>None: each schedule picks its destination source</source>
        <translation>Ninguno: cada programación elige su origen de destino</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>Enable and test</source>
        <translation>Activar y probar</translation>
    </message>
    <message>
        <source>Looker gets the source&apos;s write key and data plane URL, and tests each action.</source>
        <translation>Looker recibe la clave de escritura y la URL del data plane del origen, y prueba cada acción.</translation>
    </message>
    <message>
        <source>Looker keeps no write key: each schedule&apos;s &quot;Destination source&quot; field says where its rows go.</source>
        <translation>Looker no guarda ninguna clave de escritura: el campo &quot;Origen de destino&quot; de cada programación dice adónde van sus filas.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::EventRateChart</name>
    <message>
        <source>stored / s</source>
        <translation>almacenados / s</translation>
    </message>
    <message>
        <source>delivered / s</source>
        <translation>entregados / s</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
</context>
<context>
    <name>ActionDeck::EventTypeListModel</name>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>%1  ·  not seen</source>
        <translation>%1  ·  no visto</translation>
    </message>
</context>
<context>
    <name>ActionDeck::ExploreLinkPanel</name>
    <message>
        <source>Save tracking plan</source>
        <translation>Guardar plan de seguimiento</translation>
    </message>
    <message>
        <source>JSON Schema (*.json)</source>
        <translation>JSON Schema (*.json)</translation>
    </message>
    <message>
        <source>The tracking plan could not be written to %1: %2</source>
        <translation>No se pudo escribir el plan de seguimiento en %1: %2</translation>
    </message>
    <message>
        <source>Send to RudderStack</source>
        <translation>Enviar a RudderStack</translation>
    </message>
    <message>
        <source>This event type</source>
        <translation>Este tipo de evento</translation>
    </message>
    <message numerus="yes">
        <source>Its group: %1 (%n type(s))</source>
        <translation>
            <numerusform>Su grupo: %1 (%n tipo)</numerusform>
            <numerusform>Su grupo: %1 (%n tipos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Explore URL</source>
        <translation>Copiar URL del Explore</translation>
    </message>
    <message>
        <source>Save tracking plan…</source>
        <translation>Guardar plan de seguimiento…</translation>
    </message>
    <message>
        <source>One JSON Schema per event type: the properties the Rudder System Activity action sends, with their types</source>
        <translation>Un JSON Schema por tipo de evento: las propiedades que envía la acción Rudder System Activity, con sus tipos</translation>
    </message>
    <message>
        <source>Set the Looker host on the Connections page</source>
        <translation>Indica el host de Looker en la página Conexiones</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Open the Explore URL and add a time filter on &lt;code&gt;event.created_time&lt;/code&gt; (for example, the last 2 hours).&lt;/li&gt;&lt;li&gt;Save it as a look, then schedule it: destination &lt;b&gt;Rudder System Activity&lt;/b&gt;, format &lt;b&gt;JSON - Detail&lt;/b&gt;, with &lt;b&gt;All results&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Each Looker event is sent once per source, however often the schedules overlap.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Abre la URL del Explore y añade un filtro de tiempo sobre &lt;code&gt;event.created_time&lt;/code&gt; (por ejemplo, las últimas 2 horas).&lt;/li&gt;&lt;li&gt;Guárdalo como look y prográmalo: destino &lt;b&gt;Rudder System Activity&lt;/b&gt;, formato &lt;b&gt;JSON - Detail&lt;/b&gt;, con &lt;b&gt;All results&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Cada evento de Looker se envía una sola vez por origen, por mucho que se solapen las programaciones.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The Looker instance the Explore URL opens on</source>
        <translation>La instancia de Looker en la que se abre la URL del Explore</translation>
    </message>
</context>
<context>
    <name>ActionDeck::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
</context>
<context>
    <name>ActionDeck::FirstRunGuide</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect Looker.&lt;/b&gt; In Looker, go to Admin → Platform → Actions → Add Action Hub, paste the Action Hub URL &lt;tt&gt;%1&lt;/tt&gt;, enable authorization and paste the region token. Looker must be able to reach this address: use the public base URL when it goes through a proxy.</source>
        <translation>&lt;b&gt;Conectar Looker.&lt;/b&gt; En Looker, ve a Administrar → Plataforma → Acciones → Añadir Action Hub, pega la URL del Action Hub &lt;tt&gt;%1&lt;/tt&gt;, activa la autorización y pega el token de la región. Looker debe poder llegar a esta dirección: usa la URL base pública si pasa por un proxy.</translation>
    </message>
    <message>
        <source>(not listening yet)</source>
        <translation>(aún no está escuchando)</translation>
    </message>
    <message>
        <source>Welcome to ActionDeck</source>
        <translation>Te damos la bienvenida a ActionDeck</translation>
    </message>
    <message>
        <source>Three steps connect Looker to RudderStack. The hub is already running; each step is ticked as soon as it is done.</source>
        <translation>Tres pasos conectan Looker con RudderStack. El hub ya está en marcha; cada paso se marca en cuanto está hecho.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add a RudderStack source.&lt;/b&gt; Its write key and data plane URL are in RudderStack&apos;s source settings. Use &quot;Test connection&quot; to check them.</source>
        <translation>&lt;b&gt;Añadir un origen de RudderStack.&lt;/b&gt; Su clave de escritura y su URL del data plane están en los ajustes del origen en RudderStack. Usa &quot;Probar conexión&quot; para comprobarlas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a region token.&lt;/b&gt; Add a region (for example US) and generate a token: Looker sends it with every request, and it tells ActionDeck which region the request comes from.</source>
        <translation>&lt;b&gt;Crear un token de región.&lt;/b&gt; Añade una región (por ejemplo, US) y genera un token: Looker lo envía con cada solicitud e indica a ActionDeck de qué región procede la solicitud.</translation>
    </message>
    <message>
        <source>Open Connections</source>
        <translation>Abrir Conexiones</translation>
    </message>
    <message>
        <source>Copy the Action Hub URL</source>
        <translation>Copiar la URL del Action Hub</translation>
    </message>
    <message>
        <source>Go to the live flow</source>
        <translation>Ir al flujo en directo</translation>
    </message>
    <message>
        <source>Or watch a hub that runs on a server</source>
        <translation>O vigila un hub que funciona en un servidor</translation>
    </message>
    <message>
        <source>Looker reaches a hub over the internet, so in production it runs on a server (the .deb&apos;s service). Install it there, create an admin token, and reach its admin port through an SSH tunnel — or over TLS with a scoped token. Then add it here with the URL http://127.0.0.1:8081 and the token.</source>
        <translation>Looker llega a un hub por internet, así que en producción funciona en un servidor (el servicio del .deb). Instálalo allí, crea un token de administración y llega a su puerto de administración por un túnel SSH, o por TLS con un token de alcance limitado. Luego añádelo aquí con la URL http://127.0.0.1:8081 y el token.</translation>
    </message>
    <message>
        <source>Copy the commands</source>
        <translation>Copiar los comandos</translation>
    </message>
    <message>
        <source>Add a hub on a server…</source>
        <translation>Añadir un hub de un servidor…</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>en el servidor</translation>
    </message>
    <message>
        <source>prints the token once</source>
        <translation>muestra el token una sola vez</translation>
    </message>
    <message>
        <source>here: the admin port, tunnelled</source>
        <translation>aquí: el puerto de administración, por un túnel</translation>
    </message>
    <message>
        <source>Do it for me</source>
        <translation>Hazlo por mí</translation>
    </message>
    <message>
        <source>Connect to Looker&apos;s API…</source>
        <translation>Conectar con la API de Looker…</translation>
    </message>
    <message>
        <source>Adds this hub to Looker with a token of its first region and enables its actions with its first source, through Looker&apos;s API.</source>
        <translation>Añade este hub a Looker con un token de su primera región y activa sus acciones con su primer origen, a través de la API de Looker.</translation>
    </message>
    <message>
        <source>With Looker&apos;s API, ActionDeck adds the hub to Looker and enables its actions for you.</source>
        <translation>Con la API de Looker, ActionDeck añade el hub a Looker y activa sus acciones por ti.</translation>
    </message>
    <message>
        <source>Adding the hub to Looker…</source>
        <translation>Añadiendo el hub a Looker…</translation>
    </message>
    <message>
        <source>Add a source first (step 1): its write key goes to Looker.</source>
        <translation>Añade primero un origen (paso 1): su clave de escritura va a Looker.</translation>
    </message>
    <message>
        <source>Add a region first (step 2): Looker needs one of its tokens.</source>
        <translation>Añade primero una región (paso 2): Looker necesita uno de sus tokens.</translation>
    </message>
    <message numerus="yes">
        <source>Done: the hub is in Looker and %n action(s) passed Looker&apos;s test.</source>
        <translation>
            <numerusform>Hecho: el hub está en Looker y %n acción superó la prueba de Looker.</numerusform>
            <numerusform>Hecho: el hub está en Looker y %n acciones superaron la prueba de Looker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDeck::HelpMenu</name>
    <message>
        <source>Diagnostics copied: versions, hubs and their states, without secrets.</source>
        <translation>Diagnóstico copiado: versiones, hubs y sus estados, sin secretos.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Connecting Looker — the &amp;guide</source>
        <translation>Conectar Looker — la &amp;guía</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>&amp;About ActionDeck</source>
        <translation>&amp;Acerca de ActionDeck</translation>
    </message>
    <message>
        <source>The guide was not found: it is installed with the package as /usr/share/doc/actiondeck/CONNECT_LOOKER.md.</source>
        <translation>No se encontró la guía: se instala con el paquete como /usr/share/doc/actiondeck/CONNECT_LOOKER.md.</translation>
    </message>
    <message>
        <source>Opened the guide of the source tree: %1</source>
        <translation>Se abrió la guía del árbol de código fuente: %1</translation>
    </message>
    <message>
        <source>Opened the guide installed with ActionDeck: %1</source>
        <translation>Se abrió la guía instalada con ActionDeck: %1</translation>
    </message>
    <message>
        <source>About ActionDeck</source>
        <translation>Acerca de ActionDeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;ActionDeck %1&lt;/b&gt;&lt;br&gt;A Looker Action Hub that sends Looker&apos;s results to RudderStack, with a window to set it up, preview and watch it.&lt;br&gt;&lt;br&gt;Qt %2 · %3</source>
        <translation>&lt;b&gt;ActionDeck %1&lt;/b&gt;&lt;br&gt;Un Action Hub de Looker que envía los resultados de Looker a RudderStack, con una ventana para configurarlo, ver vistas previas y vigilarlo.&lt;br&gt;&lt;br&gt;Qt %2 · %3</translation>
    </message>
</context>
<context>
    <name>ActionDeck::HttpLimitsSection</name>
    <message>
        <source>&quot;%1&quot; is not an IP address: trusted proxies are listed by address, separated by commas.</source>
        <translation>«%1» no es una dirección IP: los proxies de confianza se indican por dirección, separadas por comas.</translation>
    </message>
    <message>
        <source>Limits of Looker&apos;s port</source>
        <translation>Límites del puerto de Looker</translation>
    </message>
    <message>
        <source>Request header within (seconds)</source>
        <translation>Cabecera de la petición en (segundos)</translation>
    </message>
    <message>
        <source>A connection whose request header has not arrived in this time is closed.</source>
        <translation>Se cierra la conexión cuya cabecera de petición no ha llegado en este tiempo.</translation>
    </message>
    <message>
        <source>Stalled body after (seconds)</source>
        <translation>Cuerpo detenido tras (segundos)</translation>
    </message>
    <message>
        <source>A request body that sends nothing for this long gets 408.</source>
        <translation>Un cuerpo de petición que no envía nada durante este tiempo recibe 408.</translation>
    </message>
    <message>
        <source>Idle connections close after (seconds)</source>
        <translation>Cerrar conexiones inactivas tras (s)</translation>
    </message>
    <message>
        <source>Connections in all</source>
        <translation>Conexiones en total</translation>
    </message>
    <message>
        <source>Connections per client address</source>
        <translation>Conexiones por dirección de cliente</translation>
    </message>
    <message>
        <source>Largest request body (MB)</source>
        <translation>Cuerpo de petición máximo (MB)</translation>
    </message>
    <message>
        <source>Trusted proxies</source>
        <translation>Proxies de confianza</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1 (the nginx in front)</source>
        <translation>p. ej. 127.0.0.1 (el nginx de delante)</translation>
    </message>
    <message>
        <source>Clients behind these addresses are counted by the X-Forwarded-For they send.</source>
        <translation>Los clientes detrás de estas direcciones se cuentan por el X-Forwarded-For que envían.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubConnection</name>
    <message>
        <source>The hub&apos;s certificate is not trusted (SHA-256 %1).</source>
        <translation>El certificado del hub no es de confianza (SHA-256 %1).</translation>
    </message>
    <message>
        <source>The hub answered HTTP %1.</source>
        <translation>El hub respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Only the hub on this computer is started and stopped here; a server&apos;s hub runs as its service.</source>
        <translation>Aquí solo se inicia y detiene el hub de este equipo; el hub de un servidor funciona como su servicio.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>The outbox of the hub on this computer is not open.</source>
        <translation>La bandeja de salida del hub de este equipo no está abierta.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Sin autorización</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no confiable</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>The hub on this computer is switched off (Hubs page).</source>
        <translation>El hub de este equipo está apagado (página Hubs).</translation>
    </message>
    <message>
        <source>This hub does not list the requests it received.</source>
        <translation>Este hub no enumera las solicitudes que ha recibido.</translation>
    </message>
    <message>
        <source>This hub does not show what it remembers of the rows sent.</source>
        <translation>Este hub no muestra lo que recuerda de las filas enviadas.</translation>
    </message>
    <message>
        <source>This hub does not forget the rows sent from here.</source>
        <translation>Este hub no olvida desde aquí las filas enviadas.</translation>
    </message>
    <message>
        <source>This hub&apos;s configuration can not be seen or changed from here.</source>
        <translation>La configuración de este hub no se puede ver ni cambiar desde aquí.</translation>
    </message>
    <message>
        <source>This hub does not take messages from the window.</source>
        <translation>Este hub no acepta mensajes desde la ventana.</translation>
    </message>
    <message>
        <source>This hub keeps no runs.</source>
        <translation>Este hub no guarda ejecuciones.</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>No hay ninguna ejecución %1.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubDialog</name>
    <message>
        <source>Notify me when its batches fail or it can&apos;t be reached</source>
        <translation>Avisarme cuando sus lotes fallen o no se pueda alcanzar</translation>
    </message>
    <message>
        <source>Edit hub</source>
        <translation>Editar hub</translation>
    </message>
    <message>
        <source>Add a hub on a server</source>
        <translation>Añadir un hub de un servidor</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>ad_…</source>
        <translation>ad_…</translation>
    </message>
    <message>
        <source>On the server: &lt;code&gt;sudo actiondeck admin-token create --scope operate --name laptop --data-dir /var/lib/actiondeck&lt;/code&gt;. Reach its admin port through an SSH tunnel (&lt;code&gt;ssh -L 8081:127.0.0.1:8081 server&lt;/code&gt;, then http://127.0.0.1:8081) or over TLS.</source>
        <translation>En el servidor: &lt;code&gt;sudo actiondeck admin-token create --scope operate --name laptop --data-dir /var/lib/actiondeck&lt;/code&gt;. Llega a su puerto de administración por un túnel SSH (&lt;code&gt;ssh -L 8081:127.0.0.1:8081 servidor&lt;/code&gt;, y luego http://127.0.0.1:8081) o por TLS.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>URL de administración</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Token de administración</translation>
    </message>
    <message>
        <source>Give the hub a name.</source>
        <translation>Ponle un nombre al hub.</translation>
    </message>
    <message>
        <source>The admin URL is http:// or https:// with a host, e.g. http://127.0.0.1:8081.</source>
        <translation>La URL de administración es http:// o https:// con un host, p. ej. http://127.0.0.1:8081.</translation>
    </message>
    <message>
        <source>Paste the admin token the server printed.</source>
        <translation>Pega el token de administración que imprimió el servidor.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubNotifier</name>
    <message>
        <source>Batches are failing on %1</source>
        <translation>Están fallando lotes en %1</translation>
    </message>
    <message>
        <source>%1 messages failed: the data plane refused them. The hub&apos;s Outbox page says why.</source>
        <translation>%1 mensajes fallaron: el data plane los rechazó. La página Bandeja de salida del hub dice por qué.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be reached</source>
        <translation>No se puede llegar a %1</translation>
    </message>
    <message>
        <source>A run of %1</source>
        <translation>Una ejecución de %1</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Programación %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n times in a row</source>
        <translation>
            <numerusform>%1 falló %n vez seguida</numerusform>
            <numerusform>%1 falló %n veces seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Its last runs on %1 all failed: %2</source>
        <translation>Sus últimas ejecuciones en %1 fallaron todas: %2</translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation>%1 falló en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed</source>
        <translation>
            <numerusform>Falló %n mensaje</numerusform>
            <numerusform>Fallaron %n mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubRegistry</name>
    <message>
        <source>The admin token of %1 could not be read (%2): enter it again under Hubs.</source>
        <translation>No se pudo leer el token de administración de %1 (%2): vuelve a introducirlo en Hubs.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubTokenVault</name>
    <message>
        <source>No system keychain answered, so the admin token is kept in %1, readable only by you, as the window&apos;s other secrets are.</source>
        <translation>No respondió ningún llavero del sistema, así que el token de administración se guarda en %1, que solo tú puedes leer, como los demás secretos de la ventana.</translation>
    </message>
    <message>
        <source>No admin token is kept for this hub.</source>
        <translation>No hay ningún token de administración guardado para este hub.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no respondió.</translation>
    </message>
    <message>
        <source>The admin token could not be kept (%1): it is used until the window closes.</source>
        <translation>No se pudo guardar el token de administración (%1): se usa hasta que se cierre la ventana.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubsPage</name>
    <message>
        <source>Every hub this window watches: the one on this computer and hubs on servers, reached through their admin API. Double-click one to see its Live flow and Outbox.</source>
        <translation>Todos los hubs que vigila esta ventana: el de este equipo y los de servidores, a través de su API de administración. Haz doble clic en uno para ver su flujo en directo y su bandeja de salida.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>URL de administración</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stored/s</source>
        <translation>Guardados/s</translation>
    </message>
    <message>
        <source>Delivered/s</source>
        <translation>Entregados/s</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>Show its pages</source>
        <translation>Ver sus páginas</translation>
    </message>
    <message>
        <source>Connected, Looker&apos;s port closed</source>
        <translation>Conectado, puerto de Looker cerrado</translation>
    </message>
    <message>
        <source>in this window</source>
        <translation>en esta ventana</translation>
    </message>
    <message>
        <source>The hub shows a certificate with SHA-256 %1. Compare it with `openssl x509 -noout -fingerprint -sha256 -in CERT` on the server before you trust it.</source>
        <translation>El hub muestra un certificado con SHA-256 %1. Compáralo con `openssl x509 -noout -fingerprint -sha256 -in CERT` en el servidor antes de confiar en él.</translation>
    </message>
    <message>
        <source>Pinned certificate: SHA-256 %1</source>
        <translation>Certificado fijado: SHA-256 %1</translation>
    </message>
    <message>
        <source>Remove hub</source>
        <translation>Quitar hub</translation>
    </message>
    <message>
        <source>Stop watching %1 and forget its admin token? The hub itself keeps running.</source>
        <translation>¿Dejar de vigilar %1 y olvidar su token de administración? El hub sigue funcionando.</translation>
    </message>
    <message>
        <source>Run a hub on this computer (off: this window only watches hubs on servers)</source>
        <translation>Ejecutar un hub en este equipo (apagado: esta ventana solo vigila hubs de servidores)</translation>
    </message>
    <message>
        <source>Run a hub on this computer — from the next start of ActionDeck</source>
        <translation>Ejecutar un hub en este equipo — desde el próximo inicio de ActionDeck</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Its own</source>
        <translation>Propia</translation>
    </message>
    <message numerus="yes">
        <source>Shared · %n hub(s)</source>
        <translation>
            <numerusform>Compartida · %n hub</numerusform>
            <numerusform>Compartida · %n hubs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, where %n hub(s) work now</source>
        <translation>
            <numerusform>%1, donde trabaja %n hub ahora</numerusform>
            <numerusform>%1, donde trabajan %n hubs ahora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDeck::ListeningSection</name>
    <message>
        <source>Looker calls the hub over HTTPS: give a certificate here, or leave both empty when a reverse proxy in front of the hub holds it.</source>
        <translation>Looker llama al hub por HTTPS: indique aquí un certificado, o deje ambos campos vacíos si lo tiene un proxy inverso delante del hub.</translation>
    </message>
    <message>
        <source>HTTPS can not be used: %1</source>
        <translation>No se puede usar HTTPS: %1</translation>
    </message>
    <message>
        <source>Serving HTTPS with the certificate for %1, valid until %2.</source>
        <translation>Sirviendo HTTPS con el certificado de %1, válido hasta el %2.</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL base pública</translation>
    </message>
    <message>
        <source>https://actiondeck.example.com (when Looker reaches the hub through a proxy)</source>
        <translation>https://actiondeck.example.com (si Looker llega al hub a través de un proxy)</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>PEM file; empty: plain HTTP</source>
        <translation>Archivo PEM; vacío: HTTP sin cifrar</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clave privada TLS</translation>
    </message>
    <message>
        <source>PEM file, unencrypted</source>
        <translation>Archivo PEM, sin cifrar</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Looker host</source>
        <translation>Host de Looker</translation>
    </message>
    <message>
        <source>acme.looker.com (for the catalogue&apos;s Explore links and System Activity previews)</source>
        <translation>acme.looker.com (para los enlaces a Explores del catálogo y las vistas previas de System Activity)</translation>
    </message>
    <message>
        <source>Set on the server: its --config file or the --listen and --tls-cert flags.</source>
        <translation>Se configura en el servidor: en su archivo --config o con las opciones --listen y --tls-cert.</translation>
    </message>
    <message>
        <source>The server&apos;s hub serves HTTPS with the files named above.</source>
        <translation>El hub del servidor sirve HTTPS con los archivos indicados arriba.</translation>
    </message>
    <message>
        <source>The server&apos;s hub serves plain HTTP: a reverse proxy in front of it should hold the certificate.</source>
        <translation>El hub del servidor sirve HTTP sin cifrar: el certificado debería tenerlo un proxy inverso situado delante.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LiveFlowPage</name>
    <message>
        <source>Rows in</source>
        <translation>Filas recibidas</translation>
    </message>
    <message>
        <source>Messages built</source>
        <translation>Mensajes generados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Filter by userId, anonymousId, event, region, source…</source>
        <translation>Filtrar por userId, anonymousId, evento, región, origen…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Hold new rows back (the newest %1 are kept and shown on resume)</source>
        <translation>Retener las filas nuevas (se conservan las %1 más recientes y se muestran al reanudar)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Attempt time</source>
        <translation>Hora del intento</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 of the last %2 messages shown (%3 since the window opened)</source>
        <translation>Se muestran %1 de los últimos %2 mensajes (%3 desde que se abrió la ventana)</translation>
    </message>
    <message>
        <source>— paused, %1 held back</source>
        <translation>— en pausa, %1 en espera</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Dejar de escuchar</translation>
    </message>
    <message>
        <source>Stopped: Looker&apos;s requests are refused</source>
        <translation>Detenido: se rechazan las solicitudes de Looker</translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation>Sin escuchar: %1</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Empezar a escuchar</translation>
    </message>
    <message>
        <source>Select a message to see its JSON and delivery attempts.</source>
        <translation>Selecciona un mensaje para ver su JSON y sus intentos de entrega.</translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>Lote %1 · %2</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>will retry</source>
        <translation>se reintentará</translation>
    </message>
    <message>
        <source>failed, not retried</source>
        <translation>fallido, sin reintento</translation>
    </message>
    <message>
        <source>no answer (network)</source>
        <translation>sin respuesta (red)</translation>
    </message>
    <message>
        <source>over RudderStack&apos;s 32 KB limit for one event; not sent</source>
        <translation>supera el límite de 32 KB por evento de RudderStack; no enviado</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message>
        <source>JSON lines (*.ndjson *.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.ndjson *.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The messages could not be written to %1: %2</source>
        <translation>No se pudieron escribir los mensajes en %1: %2</translation>
    </message>
    <message>
        <source>Looker&apos;s port</source>
        <translation>Puerto de Looker</translation>
    </message>
    <message>
        <source>— %1 not sent to this window (it fell behind)</source>
        <translation>— %1 no enviados a esta ventana (se quedó atrás)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Listening — Looker sends to %1</source>
        <translation>Escuchando — Looker envía a %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>— %1 more stored while another hub was shown, not in the table</source>
        <translation>— %1 más almacenados mientras se mostraba otro hub, fuera de la tabla</translation>
    </message>
    <message>
        <source>Since the window opened (or this hub was first shown in it)</source>
        <translation>Desde que se abrió la ventana (o desde que se mostró este hub en ella por primera vez)</translation>
    </message>
    <message>
        <source>In the hub&apos;s outbox now</source>
        <translation>En la bandeja de salida del hub ahora</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LiveMessageModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>anonymousId: %1</source>
        <translation>anonymousId: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>userId / anonymousId</source>
        <translation>userId / anonymousId</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Looker action %1</source>
        <translation>Acción de Looker %1</translation>
    </message>
    <message>
        <source>data plane %1</source>
        <translation>data plane %1</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LocalHubConnection</name>
    <message>
        <source>That request&apos;s result is no longer kept.</source>
        <translation>El resultado de esa solicitud ya no se conserva.</translation>
    </message>
    <message>
        <source>The listen address must be an IP address and port, such as 127.0.0.1:8080.</source>
        <translation>La dirección de escucha debe ser una dirección IP y un puerto, como 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No se aplicó: %1</translation>
    </message>
    <message>
        <source>There is no region named %1.</source>
        <translation>No hay ninguna región llamada %1.</translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation>No hay ningún origen llamado %1.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookPickerDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Preview a Look</source>
        <translation>Previsualizar un Look</translation>
    </message>
    <message>
        <source>Words in the Look&apos;s title</source>
        <translation>Palabras del título del Look</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Model · explore</source>
        <translation>Modelo · exploración</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>The first %1 rows</source>
        <translation>Las primeras %1 filas</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>A preview needs only some rows; all rows runs the whole Look, as a schedule does</source>
        <translation>Una vista previa solo necesita algunas filas; todas las filas ejecuta el Look entero, como una programación</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previsualizar</translation>
    </message>
    <message>
        <source>Asking Looker for its Looks…</source>
        <translation>Pidiendo a Looker sus Looks…</translation>
    </message>
    <message>
        <source>No Look&apos;s title has those words.</source>
        <translation>Ningún título de Look tiene esas palabras.</translation>
    </message>
    <message numerus="yes">
        <source>%n Look(s).</source>
        <translation>
            <numerusform>%n Look.</numerusform>
            <numerusform>%n Looks.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>(sin carpeta)</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerConnectionForm</name>
    <message>
        <source>Give Looker&apos;s URL, such as https://acme.looker.com.</source>
        <translation>Indica la URL de Looker, como https://acme.looker.com.</translation>
    </message>
    <message>
        <source>Give the client ID of a Looker API key.</source>
        <translation>Indica el ID de cliente de una clave de API de Looker.</translation>
    </message>
    <message>
        <source>Give the client secret of that API key.</source>
        <translation>Indica el secreto de cliente de esa clave de API.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Not connected to Looker&apos;s API yet.</source>
        <translation>Aún sin conexión con la API de Looker.</translation>
    </message>
    <message>
        <source>Looker&apos;s API</source>
        <translation>API de Looker</translation>
    </message>
    <message>
        <source>Looker URL:</source>
        <translation>URL de Looker:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>kept — type to replace</source>
        <translation>guardado: escribe para sustituirlo</translation>
    </message>
    <message>
        <source>Check Looker&apos;s certificate</source>
        <translation>Comprobar el certificado de Looker</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>Guardar e iniciar sesión</translation>
    </message>
    <message>
        <source>Filled in from the LOOKERSDK_* variables; saved when you sign in.</source>
        <translation>Rellenado desde las variables LOOKERSDK_*; se guarda al iniciar sesión.</translation>
    </message>
    <message>
        <source>An API key of a Looker admin (Looker: Admin → Users → Edit keys). The secret is kept with the other secrets: in the system keychain when one answers.</source>
        <translation>Una clave de API de un administrador de Looker (Looker: Administrar → Usuarios → Editar claves). El secreto se guarda con los demás secretos: en el llavero del sistema cuando hay uno que responde.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerPage</name>
    <message>
        <source>Remove from Looker?</source>
        <translation>¿Quitar de Looker?</translation>
    </message>
    <message>
        <source>Looker forgets this hub and its actions&apos; settings; schedules that send to them fail until it is added again.</source>
        <translation>Looker olvida este hub y los ajustes de sus acciones; las programaciones que les envían fallan hasta que se vuelva a añadir.</translation>
    </message>
    <message>
        <source>Asking Looker…</source>
        <translation>Preguntando a Looker…</translation>
    </message>
    <message>
        <source>none: each schedule picks one</source>
        <translation>ninguno: cada programación elige uno</translation>
    </message>
    <message>
        <source>%1 (none of this hub&apos;s sources)</source>
        <translation>%1 (ninguno de los orígenes de este hub)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>no activada</translation>
    </message>
    <message>
        <source>set</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>Looker never shows a write key again: &quot;set&quot; is all it says.</source>
        <translation>Looker nunca vuelve a mostrar una clave de escritura: solo dice &quot;guardada&quot;.</translation>
    </message>
    <message>
        <source>%1 hold another data plane URL than %2&apos;s.</source>
        <translation>%1 tienen otra URL de data plane distinta de la de %2.</translation>
    </message>
    <message>
        <source>%1 has not said where Looker reaches it yet (it is not listening).</source>
        <translation>%1 aún no ha dicho dónde lo alcanza Looker (no está escuchando).</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Actualizar token</translation>
    </message>
    <message>
        <source>Add to Looker</source>
        <translation>Añadir a Looker</translation>
    </message>
    <message>
        <source>Sign in to Looker&apos;s API first.</source>
        <translation>Inicia sesión primero en la API de Looker.</translation>
    </message>
    <message>
        <source>The hub has no region yet: add one on the Connections page.</source>
        <translation>El hub aún no tiene ninguna región: añade una en la página Conexiones.</translation>
    </message>
    <message>
        <source>This hub in Looker</source>
        <translation>Este hub en Looker</translation>
    </message>
    <message>
        <source>Its actions in Looker</source>
        <translation>Sus acciones en Looker</translation>
    </message>
    <message>
        <source>Token of region:</source>
        <translation>Token de la región:</translation>
    </message>
    <message>
        <source>Remove from Looker</source>
        <translation>Quitar de Looker</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Enable with source…</source>
        <translation>Activar con origen…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>In Looker</source>
        <translation>En Looker</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Write key</source>
        <translation>Clave de escritura</translation>
    </message>
    <message>
        <source>Looker&apos;s test</source>
        <translation>Prueba de Looker</translation>
    </message>
    <message>
        <source>Sign in to Looker&apos;s API to see this hub there.</source>
        <translation>Inicia sesión en la API de Looker para ver este hub allí.</translation>
    </message>
    <message>
        <source>%1 — Looker reaches it at %2</source>
        <translation>%1 — Looker lo alcanza en %2</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerSchedulesSection</name>
    <message>
        <source>Add this hub to Looker to see the schedules that use it.</source>
        <translation>Añade este hub a Looker para ver las programaciones que lo usan.</translation>
    </message>
    <message>
        <source>Asking Looker for its schedules…</source>
        <translation>Pidiendo a Looker sus programaciones…</translation>
    </message>
    <message>
        <source>No schedule sends to this hub&apos;s actions yet: make one in Looker (Schedule → Where should this data go?).</source>
        <translation>Ninguna programación envía aún a las acciones de este hub: crea una en Looker (Programar → ¿Adónde deben ir estos datos?).</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) send to this hub.</source>
        <translation>
            <numerusform>%n programación envía a este hub.</numerusform>
            <numerusform>%n programaciones envían a este hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Looker to run schedule %1 now…</source>
        <translation>Pidiendo a Looker que ejecute ahora la programación %1…</translation>
    </message>
    <message>
        <source>Looker is running schedule %1: the hub receives it when Looker has the result, and Live flow shows it arriving.</source>
        <translation>Looker está ejecutando la programación %1: el hub la recibe cuando Looker tiene el resultado, y Flujo en directo la muestra llegar.</translation>
    </message>
    <message>
        <source>Look %1</source>
        <translation>Look %1</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Panel %1</translation>
    </message>
    <message>
        <source>when its datagroup triggers</source>
        <translation>cuando se activa su datagroup</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(desactivada)</translation>
    </message>
    <message>
        <source>not received yet</source>
        <translation>aún no recibida</translation>
    </message>
    <message>
        <source>Pick a schedule first</source>
        <translation>Elige antes una programación</translation>
    </message>
    <message>
        <source>Schedules that send to this hub</source>
        <translation>Programaciones que envían a este hub</translation>
    </message>
    <message>
        <source>List again</source>
        <translation>Volver a listar</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Looker runs the schedule once now, as if its time had come</source>
        <translation>Looker ejecuta la programación una vez ahora, como si hubiera llegado su hora</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Form values</source>
        <translation>Valores del formulario</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>The Looker API user may not see other users&apos; schedules: it needs the see_schedules permission.</source>
        <translation>El usuario de la API de Looker no puede ver las programaciones de otros usuarios: necesita el permiso see_schedules.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerSetup</name>
    <message>
        <source>The hub has not said where Looker reaches it yet.</source>
        <translation>El hub aún no ha dicho dónde lo alcanza Looker.</translation>
    </message>
    <message>
        <source>The hub is gone.</source>
        <translation>El hub ya no está.</translation>
    </message>
    <message>
        <source>No token of region %1: %2</source>
        <translation>Ningún token de la región %1: %2</translation>
    </message>
    <message>
        <source>The hub has no source named %1.</source>
        <translation>El hub no tiene ningún origen llamado %1.</translation>
    </message>
    <message>
        <source>The write key of %1 could not be read: %2</source>
        <translation>No se pudo leer la clave de escritura de %1: %2</translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerText</name>
    <message>
        <source>Looker refused the API credentials: check the client ID and secret (Looker: Admin → Users → Edit keys).</source>
        <translation>Looker rechazó las credenciales de la API: comprueba el ID y el secreto de cliente (Looker: Administrar → Usuarios → Editar claves).</translation>
    </message>
    <message>
        <source>There is no Looker API 4.0 at this URL. Give the instance&apos;s URL, such as https://acme.looker.com (older instances serve the API on port 19999).</source>
        <translation>No hay ninguna API 4.0 de Looker en esta URL. Indica la URL de la instancia, como https://acme.looker.com (las instancias antiguas sirven la API en el puerto 19999).</translation>
    </message>
    <message>
        <source>The Looker API user may not do this (%1): adding Action Hubs and enabling actions needs a Looker admin.</source>
        <translation>El usuario de la API de Looker no puede hacer esto (%1): añadir Action Hubs y activar acciones requiere un administrador de Looker.</translation>
    </message>
    <message>
        <source>Not found in Looker: %1.</source>
        <translation>No encontrado en Looker: %1.</translation>
    </message>
    <message>
        <source>Looker refused the values (%1).</source>
        <translation>Looker rechazó los valores (%1).</translation>
    </message>
    <message>
        <source>Looker is limiting the API&apos;s rate: try again in a minute.</source>
        <translation>Looker está limitando el ritmo de la API: vuelve a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <source>Looker can not be reached: %1</source>
        <translation>No se puede llegar a Looker: %1</translation>
    </message>
    <message>
        <source>Looker&apos;s certificate is not trusted (%1). Turn the check off only for a Looker you know.</source>
        <translation>El certificado de Looker no es de confianza (%1). Desactiva la comprobación solo para un Looker que conozcas.</translation>
    </message>
    <message>
        <source>Looker answered HTTP %1.</source>
        <translation>Looker respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Looker answered HTTP %1: %2</source>
        <translation>Looker respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>Signed in to Looker %1 as %2.</source>
        <translation>Sesión iniciada en Looker %1 como %2.</translation>
    </message>
    <message>
        <source>Signed in to Looker as %1.</source>
        <translation>Sesión iniciada en Looker como %1.</translation>
    </message>
    <message>
        <source>%1 is not in Looker yet.</source>
        <translation>%1 aún no está en Looker.</translation>
    </message>
    <message>
        <source>Looker was given a token of region %1 (%2).</source>
        <translation>Looker recibió un token de la región %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>In Looker as Action Hub %1: Looker read %n action(s).</source>
        <translation>
            <numerusform>En Looker como Action Hub %1: Looker leyó %n acción.</numerusform>
            <numerusform>En Looker como Action Hub %1: Looker leyó %n acciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looker could not read the hub&apos;s actions: the hub refused Looker&apos;s token (Looker says: %1). The token Looker holds is another hub&apos;s, another region&apos;s that was removed, or revoked: update the token.</source>
        <translation>Looker no pudo leer las acciones del hub: el hub rechazó el token de Looker (Looker dice: %1). El token que tiene Looker es de otro hub, de una región que se eliminó, o está revocado: actualiza el token.</translation>
    </message>
    <message>
        <source>Looker does not trust the hub&apos;s certificate (Looker says: %1). Looker takes hubs with a certificate from a public authority only.</source>
        <translation>Looker no confía en el certificado del hub (Looker dice: %1). Looker solo acepta hubs con un certificado de una autoridad pública.</translation>
    </message>
    <message>
        <source>Looker could not reach the hub at %1 (Looker says: %2). Set the public URL on the Connections page, and open the port to Looker.</source>
        <translation>Looker no pudo llegar al hub en %1 (Looker dice: %2). Define la URL pública en la página Conexiones y abre el puerto a Looker.</translation>
    </message>
    <message>
        <source>Looker can not use the hub: %1</source>
        <translation>Looker no puede usar el hub: %1</translation>
    </message>
    <message>
        <source>A Looker in the cloud can&apos;t reach %1: set the public URL on the Connections page. (A Looker beside the hub can.)</source>
        <translation>Un Looker en la nube no puede llegar a %1: define la URL pública en la página Conexiones. (Un Looker junto al hub sí puede.)</translation>
    </message>
    <message>
        <source>Looker&apos;s certificate is not checked: anyone between here and Looker could read the API secret.</source>
        <translation>El certificado de Looker no se comprueba: cualquiera entre este equipo y Looker podría leer el secreto de la API.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>sin ejecutar</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>superada: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
    <message>
        <source>Looker&apos;s URL is plain http: the API secret would cross the network unencrypted.</source>
        <translation>La URL de Looker es http simple: el secreto de la API cruzaría la red sin cifrar.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::MainWindow</name>
    <message>
        <source>ActionDeck</source>
        <translation>ActionDeck</translation>
    </message>
    <message>
        <source>ActionDeck %1</source>
        <translation>ActionDeck %1</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Live flow</source>
        <translation>Flujo en directo</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Hub</source>
        <translation>&amp;Hub</translation>
    </message>
    <message>
        <source>Show ActionDeck</source>
        <translation>Mostrar ActionDeck</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Keep the hub running?</source>
        <translation>¿Mantener el hub en marcha?</translation>
    </message>
    <message>
        <source>ActionDeck is listening for Looker. Keep it running in the system tray, so scheduled looks are not refused?</source>
        <translation>ActionDeck está escuchando a Looker. ¿Mantenerlo en marcha en la bandeja del sistema para que no se rechacen los Looks programados?</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Listening — Looker sends to %1</source>
        <translation>Escuchando — Looker envía a %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This page is for the hub on this computer; the other pages show %1.</source>
        <translation>Esta página es del hub de este equipo; las demás muestran %1.</translation>
    </message>
    <message>
        <source>&amp;Stop listening (%1)</source>
        <translation>&amp;Dejar de escuchar (%1)</translation>
    </message>
    <message>
        <source>&amp;Start listening (%1)</source>
        <translation>&amp;Empezar a escuchar (%1)</translation>
    </message>
    <message>
        <source>A server&apos;s hub runs as its service: it is started and stopped on that server.</source>
        <translation>El hub de un servidor funciona como su servicio: se inicia y se detiene en ese servidor.</translation>
    </message>
    <message>
        <source>Quit ActionDeck?</source>
        <translation>¿Salir de ActionDeck?</translation>
    </message>
    <message>
        <source>The hub on this computer is listening for Looker. Once ActionDeck quits, Looker&apos;s scheduled looks are refused until it runs again.</source>
        <translation>El hub de este equipo está escuchando a Looker. Cuando ActionDeck se cierre, se rechazarán los Looks programados de Looker hasta que vuelva a ejecutarse.</translation>
    </message>
    <message>
        <source>Looker</source>
        <translation>Looker</translation>
    </message>
    <message>
        <source>Looker&apos;s System Activity: the last %1 events</source>
        <translation>Actividad del sistema de Looker: los últimos eventos %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
</context>
<context>
    <name>ActionDeck::OutboxPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Pending and failed</source>
        <translation>Pendientes y fallidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>%1 — batches: %2, messages: %3</source>
        <translation>%1 — lotes: %2, mensajes: %3</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 batches. The command line lists and exports all of them: actiondeck outbox list | export.</source>
        <translation>Se muestran los primeros %1 de %2 lotes. La línea de comandos los enumera y exporta todos: actiondeck outbox list | export.</translation>
    </message>
    <message>
        <source>The outbox of %1 could not be read: %2</source>
        <translation>No se pudo leer la bandeja de salida de %1: %2</translation>
    </message>
    <message>
        <source>Run %1  ×</source>
        <translation>Ejecución %1  ×</translation>
    </message>
    <message>
        <source>Only the batches of run %1 are shown; click to show every run&apos;s.</source>
        <translation>Solo se muestran los lotes de la ejecución %1; pulsa para ver los de todas.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::OutboxSection</name>
    <message>
        <source>The PostgreSQL URI carries a password. Put it in a passfile (~/.pgpass or PGPASSFILE) instead: it must never show in the configuration.</source>
        <translation>La URI de PostgreSQL lleva una contraseña. Ponla en un archivo de contraseñas (~/.pgpass o PGPASSFILE): nunca debe aparecer en la configuración.</translation>
    </message>
    <message>
        <source>The PostgreSQL URI must look like postgresql://USER@HOST:5432/DATABASE?sslmode=verify-full.</source>
        <translation>La URI de PostgreSQL debe tener la forma postgresql://USUARIO@HOST:5432/BASE?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>A shared outbox needs the key file every hub of it is given (--secrets-key-file): 32 random bytes, readable only by you.</source>
        <translation>Una bandeja compartida necesita el archivo de clave que reciben todos sus hubs (--secrets-key-file): 32 bytes aleatorios, legibles solo por ti.</translation>
    </message>
    <message>
        <source>The key file can not be used: %1</source>
        <translation>No se puede usar el archivo de clave: %1</translation>
    </message>
    <message>
        <source>The outbox opens when the hub starts.</source>
        <translation>La bandeja de salida se abre cuando arranca el hub.</translation>
    </message>
    <message>
        <source>From the next start of ActionDeck the hub keeps its batches in PostgreSQL; the pending and failed batches waiting in this computer&apos;s outbox, their attempts and the sync state move there then, once.</source>
        <translation>Desde el próximo arranque de ActionDeck el hub guarda sus lotes en PostgreSQL; los lotes pendientes y fallidos de la bandeja de este equipo, sus intentos y el estado de sincronización se mueven allí entonces, una sola vez.</translation>
    </message>
    <message>
        <source>From the next start of ActionDeck the hub keeps its batches in this computer&apos;s outbox. What waits in PostgreSQL stays there, for the other hubs to send.</source>
        <translation>Desde el próximo arranque de ActionDeck el hub guarda sus lotes en la bandeja de este equipo. Lo que espera en PostgreSQL se queda allí, para que lo envíen los otros hubs.</translation>
    </message>
    <message>
        <source>In use: %1, shared with the hubs started on it.</source>
        <translation>En uso: %1, compartida con los hubs que arrancan sobre ella.</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>En uso: %1.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Batches wait in</source>
        <translation>Los lotes esperan en</translation>
    </message>
    <message>
        <source>This computer (a file in the data directory)</source>
        <translation>Este equipo (un archivo en el directorio de datos)</translation>
    </message>
    <message>
        <source>PostgreSQL, shared by several hubs</source>
        <translation>PostgreSQL, compartida por varios hubs</translation>
    </message>
    <message>
        <source>PostgreSQL URI</source>
        <translation>URI de PostgreSQL</translation>
    </message>
    <message>
        <source>Any libpq connection URI, without the password: it is read from ~/.pgpass, PGPASSFILE or PGPASSWORD.</source>
        <translation>Cualquier URI de conexión de libpq, sin la contraseña: se lee de ~/.pgpass, PGPASSFILE o PGPASSWORD.</translation>
    </message>
    <message>
        <source>Secrets key file</source>
        <translation>Archivo de clave de secretos</translation>
    </message>
    <message>
        <source>The fleet&apos;s secrets key</source>
        <translation>La clave de secretos de la flota</translation>
    </message>
    <message>
        <source>Key files (*)</source>
        <translation>Archivos de clave (*)</translation>
    </message>
    <message>
        <source>The file every hub of the outbox is given: the write keys and region secrets in the database are sealed with it.</source>
        <translation>El archivo que recibe cada hub de la bandeja: las claves de escritura y los secretos de región de la base de datos se sellan con él.</translation>
    </message>
    <message>
        <source>Set on the server: its --outbox flag or configuration file.</source>
        <translation>Se configura en el servidor: con su opción --outbox o en su archivo de configuración.</translation>
    </message>
    <message>
        <source>In use: %1. Set on the server: its --outbox flag or configuration file.</source>
        <translation>En uso: %1. Se configura en el servidor: con su opción --outbox o en su archivo de configuración.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewInputPane</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Open a Looker result</source>
        <translation>Abrir un resultado de Looker</translation>
    </message>
    <message>
        <source>JSON files (*.json *.txt);;All files (*)</source>
        <translation>Archivos JSON (*.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No request received yet</source>
        <translation>Aún no se ha recibido ninguna solicitud</translation>
    </message>
    <message>
        <source>Pick a request the hub received…</source>
        <translation>Elegir una solicitud recibida por el hub…</translation>
    </message>
    <message>
        <source>download URL</source>
        <translation>URL de descarga</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Its result was too large to keep</source>
        <translation>Su resultado era demasiado grande para conservarlo</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Open a json_detail result or a whole Looker execute request body</source>
        <translation>Abrir un resultado json_detail o el cuerpo completo de una solicitud execute de Looker</translation>
    </message>
    <message>
        <source>{&quot;fields&quot;: {...}, &quot;data&quot;: [...]}  or  {&quot;type&quot;: &quot;query&quot;, &quot;attachment&quot;: {...}, ...}</source>
        <translation>{&quot;fields&quot;: {...}, &quot;data&quot;: [...]}  o  {&quot;type&quot;: &quot;query&quot;, &quot;attachment&quot;: {...}, ...}</translation>
    </message>
    <message>
        <source>Input: %1 (%2), too large to show; paste or type here to replace it.</source>
        <translation>Entrada: %1 (%2), demasiado grande para mostrarla; pega o escribe aquí para sustituirla.</translation>
    </message>
    <message>
        <source>Input: %1 (%2)</source>
        <translation>Entrada: %1 (%2)</translation>
    </message>
    <message>
        <source>Paste a json_detail result or a whole execute request body:</source>
        <translation>Pega un resultado json_detail o el cuerpo completo de una solicitud execute:</translation>
    </message>
    <message>
        <source>The hub&apos;s requests can not be listed: %1</source>
        <translation>No se pueden enumerar las solicitudes del hub: %1</translation>
    </message>
    <message>
        <source>Asking %1 for its requests…</source>
        <translation>Pidiendo a %1 sus solicitudes…</translation>
    </message>
    <message>
        <source>The hub was not keeping results when it came: a server&apos;s hub keeps them while a window shows its Preview page</source>
        <translation>El hub no conservaba resultados cuando llegó: el hub de un servidor los conserva mientras una ventana muestra su página Vista previa</translation>
    </message>
    <message>
        <source>Run a Look in Looker as a schedule sends it, and preview what the hub would send</source>
        <translation>Ejecutar un Look en Looker como lo envía una programación y previsualizar lo que enviaría el hub</translation>
    </message>
    <message>
        <source>Connect to Looker&apos;s API on the Looker page first</source>
        <translation>Conéctate antes a la API de Looker en la página Looker</translation>
    </message>
    <message>
        <source>Running Look %1 in Looker…</source>
        <translation>Ejecutando el Look %1 en Looker…</translation>
    </message>
    <message>
        <source>From Looker: Look %1 · %2</source>
        <translation>Desde Looker: Look %1 · %2</translation>
    </message>
    <message>
        <source>Look %1 could not be run: %2</source>
        <translation>No se pudo ejecutar el Look %1: %2</translation>
    </message>
    <message>
        <source>first %1 rows</source>
        <translation>primeras %1 filas</translation>
    </message>
    <message>
        <source>download URL, kept</source>
        <translation>URL de descarga, conservada</translation>
    </message>
    <message>
        <source>Its result was at a download URL and came when no window was watching: a hub keeps the first rows of those only while a window shows Preview</source>
        <translation>Su resultado estaba en una URL de descarga y llegó cuando ninguna ventana miraba: un hub conserva las primeras filas de esos solo mientras una ventana muestra Vista previa</translation>
    </message>
    <message>
        <source>The last requests the hub received; of a result at a download URL or too large, the first 1,000 rows are kept</source>
        <translation>Las últimas solicitudes que recibió el hub; de un resultado en una URL de descarga o demasiado grande se conservan las primeras 1.000 filas</translation>
    </message>
    <message>
        <source>From Looker…</source>
        <translation>Desde Looker…</translation>
    </message>
    <message>
        <source>first %1 of %2 rows</source>
        <translation>primeras %1 de %2 filas</translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewOptionsPane</name>
    <message>
        <source>From the request: %1</source>
        <translation>De la solicitud: %1</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>Fields not to send, comma-separated</source>
        <translation>Campos que no se envían, separados por comas</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>Hidden fields:</source>
        <translation>Campos ocultos:</translation>
    </message>
    <message>
        <source>Fields not to send, as Looker names them (view.field), comma-separated; empty: those the request hides</source>
        <translation>Campos que no se envían, con el nombre que les da Looker (view.field), separados por comas; vacío: los que oculta la solicitud</translation>
    </message>
    <message>
        <source>Legacy empty values</source>
        <translation>Valores vacíos heredados</translation>
    </message>
    <message>
        <source>Send 0, false, &quot;&quot; and null as [], as the Node reference hub does</source>
        <translation>Enviar 0, false, &quot;&quot; y null como [], como hace el hub de referencia de Node</translation>
    </message>
    <message>
        <source>One message per line</source>
        <translation>Un mensaje por línea</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Property names:</source>
        <translation>Nombres de propiedades:</translation>
    </message>
    <message>
        <source>As the request says</source>
        <translation>Según la solicitud</translation>
    </message>
    <message>
        <source>Looker&apos;s (users.email)</source>
        <translation>Los de Looker (users.email)</translation>
    </message>
    <message>
        <source>Field (email)</source>
        <translation>Campo (email)</translation>
    </message>
    <message>
        <source>snake_case label (users_email)</source>
        <translation>Etiqueta en snake_case (users_email)</translation>
    </message>
    <message>
        <source>camelCase label (usersEmail)</source>
        <translation>Etiqueta en camelCase (usersEmail)</translation>
    </message>
    <message>
        <source>How traits and properties are named. The request&apos;s choice is its form&apos;s property_names; &quot;default&quot; there is the destination source&apos;s setting, which the preview shows as Looker&apos;s names</source>
        <translation>Cómo se nombran los traits y las propiedades. La elección de la solicitud es el property_names de su formulario; allí, &quot;default&quot; es el ajuste del origen de destino, que la vista previa muestra como los nombres de Looker</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %1 · %2 → %3 (%n row(s) remembered)</source>
        <translation>
            <numerusform>Programación %1 · %2 → %3 (%n fila recordada)</numerusform>
            <numerusform>Programación %1 · %2 → %3 (%n filas recordadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows to send:</source>
        <translation>Filas que enviar:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Only new or changed rows</source>
        <translation>Solo filas nuevas o cambiadas</translation>
    </message>
    <message>
        <source>Only new or changed rows shows just the rows that differ from what the schedule last sent, as the hub remembers it; nothing is changed by the preview. &quot;default&quot; in the request&apos;s form is the source&apos;s setting, which the preview shows as all rows</source>
        <translation>Solo filas nuevas o cambiadas muestra únicamente las filas que difieren de lo que la programación envió la última vez, según lo recuerda el hub; la vista previa no cambia nada. «default» en el formulario de la solicitud es el ajuste del origen, que la vista previa muestra como todas las filas</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Programación:</translation>
    </message>
    <message>
        <source>The request&apos;s, if any</source>
        <translation>La de la solicitud, si la hay</translation>
    </message>
    <message>
        <source>The scheduled plan and destination source the rows are compared with, and that names the messageIds; the request&apos;s own, or one the hub remembers rows of</source>
        <translation>La programación y el origen de destino con los que se comparan las filas, y que dan nombre a los messageIds; los de la solicitud, o uno del que el hub recuerda filas</translation>
    </message>
    <message>
        <source>Looker context:</source>
        <translation>Contexto de Looker:</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Adds context.looker: the schedule&apos;s id and title, the query, ran_at and the look or dashboard URL</source>
        <translation>Añade context.looker: el id y el título de la programación, la consulta, ran_at y la URL del look o del dashboard</translation>
    </message>
    <message>
        <source>Schedule %1 · %2 → %3</source>
        <translation>Programación %1 · %2 → %3</translation>
    </message>
    <message>
        <source>System Activity</source>
        <translation>System Activity</translation>
    </message>
    <message>
        <source>identify (rudder_event), track (rudder_track), group (rudder_group), or System Activity (rudder_system_activity) for the results of Looker&apos;s System Activity Explores</source>
        <translation>identify (rudder_event), track (rudder_track), group (rudder_group) o System Activity (rudder_system_activity) para los resultados de los Explores de System Activity de Looker</translation>
    </message>
    <message>
        <source>Event prefix:</source>
        <translation>Prefijo del evento:</translation>
    </message>
    <message>
        <source>None (e.g. &quot;Looker &quot;)</source>
        <translation>Ninguno (p. ej. «Looker »)</translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewPage</name>
    <message>
        <source>That request&apos;s result (%1) was too large to keep for the preview.</source>
        <translation>El resultado de esa solicitud (%1) era demasiado grande para conservarlo para la vista previa.</translation>
    </message>
    <message>
        <source>Send the messages</source>
        <translation>Enviar los mensajes</translation>
    </message>
    <message numerus="yes">
        <source>Store these %n message(s) in the outbox for source &quot;%1&quot;? They are delivered like an execute&apos;s, with the message ids shown here.</source>
        <translation>
            <numerusform>¿Almacenar %n mensaje en la bandeja de salida del origen &quot;%1&quot;? Se entrega como los de un execute, con el id de mensaje que se muestra aquí.</numerusform>
            <numerusform>¿Almacenar estos %n mensajes en la bandeja de salida del origen &quot;%1&quot;? Se entregan como los de un execute, con los ids de mensaje que se muestran aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>The hub was not keeping results when that request came. A hub on a server keeps them while a window shows its Preview page: the next ones will be kept.</source>
        <translation>El hub no conservaba resultados cuando llegó esa solicitud. Un hub en un servidor los conserva mientras una ventana muestra su página Vista previa: los siguientes se conservarán.</translation>
    </message>
    <message>
        <source>Fetching that request&apos;s result from %1…</source>
        <translation>Obteniendo de %1 el resultado de esa solicitud…</translation>
    </message>
    <message>
        <source>That request&apos;s result could not be fetched: %1</source>
        <translation>No se pudo obtener el resultado de esa solicitud: %1</translation>
    </message>
    <message>
        <source>%1 request from region %2 at %3 (%4)</source>
        <translation>Solicitud %1 de la región %2 a las %3 (%4)</translation>
    </message>
    <message>
        <source>Only new or changed rows compares with what a schedule sent to a source, and this input names none: pick a schedule under Schedule.</source>
        <translation>Solo filas nuevas o cambiadas compara con lo que una programación envió a un origen, y esta entrada no nombra ninguno: elige una programación en Programación.</translation>
    </message>
    <message>
        <source>There is no hub to compare with.</source>
        <translation>No hay ningún hub con el que comparar.</translation>
    </message>
    <message>
        <source>Reading what schedule %1 last sent to %2 from %3…</source>
        <translation>Leyendo de %3 lo que la programación %1 envió la última vez a %2…</translation>
    </message>
    <message>
        <source>%1 — not the hub shown now</source>
        <translation>%1 — no es el hub que se muestra ahora</translation>
    </message>
    <message>
        <source>the first %1 rows</source>
        <translation>las primeras %1 filas</translation>
    </message>
    <message>
        <source>the first %1 of %2 rows</source>
        <translation>las primeras %1 de %2 filas</translation>
    </message>
    <message>
        <source>That request&apos;s result was at a download URL, which Looker lets the hub read only once, and no window was watching: the hub keeps the first rows of such results only while a window shows Preview.</source>
        <translation>El resultado de esa solicitud estaba en una URL de descarga, que Looker deja leer al hub una sola vez, y ninguna ventana miraba: el hub conserva las primeras filas de esos resultados solo mientras una ventana muestra Vista previa.</translation>
    </message>
    <message>
        <source>The hub no longer lists the request of run %1: it keeps its last requests, and not across a restart.</source>
        <translation>El hub ya no lista la solicitud de la ejecución %1: guarda sus últimas solicitudes, y no de un arranque a otro.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewResultPane</name>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vista previa cancelada.</translation>
    </message>
    <message>
        <source>Open a file, paste a json_detail result or a whole execute request body, or pick a request the hub received.</source>
        <translation>Abre un archivo, pega un resultado json_detail o el cuerpo completo de una solicitud execute, o elige una solicitud que haya recibido el hub.</translation>
    </message>
    <message>
        <source>%1 from %2, %3 skipped.</source>
        <translation>%1 de %2, %3 omitidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Se muestran los primeros %1.</translation>
    </message>
    <message>
        <source>Read as a whole execute request body.</source>
        <translation>Leído como cuerpo completo de una solicitud execute.</translation>
    </message>
    <message>
        <source>Read as a json_detail result.</source>
        <translation>Leído como resultado json_detail.</translation>
    </message>
    <message>
        <source>The execute request body is not valid JSON: %1</source>
        <translation>El cuerpo de la solicitud execute no es JSON válido: %1</translation>
    </message>
    <message>
        <source>This execute request can not be previewed: %1</source>
        <translation>No se puede previsualizar esta solicitud execute: %1</translation>
    </message>
    <message>
        <source>The request&apos;s attachment can not be decoded: %1</source>
        <translation>No se puede descodificar el adjunto de la solicitud: %1</translation>
    </message>
    <message>
        <source>Looker would be answered with this error, and nothing sent: %1</source>
        <translation>Se respondería a Looker con este error y no se enviaría nada: %1</translation>
    </message>
    <message>
        <source>The result in attachment.data is not valid JSON: %1</source>
        <translation>El resultado de attachment.data no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1</source>
        <translation>La entrada no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The messages of the rows before it are shown.</source>
        <translation>Se muestran los mensajes de las filas anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be skipped, and Looker told: %1</source>
        <translation>
            <numerusform>Se omitiría %n fila y se comunicaría a Looker: %1</numerusform>
            <numerusform>Se omitirían %n filas y se comunicaría a Looker: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 messages have no userId (they are sent with an anonymousId); some destinations, such as Redis, need a userId.</source>
        <translation>%1 de %2 mensajes no tienen userId (se envían con un anonymousId); algunos destinos, como Redis, necesitan un userId.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) over RudderStack&apos;s limit of %1 bytes for one event: they would be kept as failed, never sent (message %2 is %3 bytes).</source>
        <translation>
            <numerusform>%n mensaje supera el límite de RudderStack de %1 bytes por evento: se conservaría como fallido, sin enviarse nunca (el mensaje %2 ocupa %3 bytes).</numerusform>
            <numerusform>%n mensajes superan el límite de RudderStack de %1 bytes por evento: se conservarían como fallidos, sin enviarse nunca (el mensaje %2 ocupa %3 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>a pivoted value</source>
        <translation>un valor pivotado</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>an object or array</source>
        <translation>un objeto o un array</translation>
    </message>
    <message numerus="yes">
        <source>%n identifier value(s) can not be used as an id and count as missing (row %1: %2, tagged %3, holds %4).</source>
        <translation>
            <numerusform>%n valor de identificador no se puede usar como id y cuenta como ausente (fila %1: %2, con la etiqueta %3, contiene %4).</numerusform>
            <numerusform>%n valores de identificador no se pueden usar como id y cuentan como ausentes (fila %1: %2, con la etiqueta %3, contiene %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>ran_at &quot;%1&quot; is not a date: each message&apos;s timestamp is the time of the preview instead.</source>
        <translation>ran_at &quot;%1&quot; no es una fecha: la marca de tiempo de cada mensaje es, en su lugar, la hora de la vista previa.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 messages are kept, so they can not be sent from here; let Looker send the result through the action.</source>
        <translation>Solo se conservan los primeros %1 de %2 mensajes, así que no se pueden enviar desde aquí; deja que Looker envíe el resultado mediante la acción.</translation>
    </message>
    <message>
        <source>%1 of %2 rows changed since schedule %3 last sent them to %4: %5 changed, %6 new; the %7 unchanged are not sent.</source>
        <translation>%1 de %2 filas han cambiado desde que la programación %3 las envió por última vez a %4: %5 cambiadas, %6 nuevas; las %7 sin cambios no se envían.</translation>
    </message>
    <message>
        <source>Schedule %1 has sent nothing to %2 with this action yet: every row is new.</source>
        <translation>La programación %1 aún no ha enviado nada a %2 con esta acción: todas las filas son nuevas.</translation>
    </message>
    <message>
        <source>The messageIds are those the hub would send.</source>
        <translation>Los messageIds son los que enviaría el hub.</translation>
    </message>
    <message>
        <source>Every row is shown: only new or changed rows compares with a schedule&apos;s last run, and this input has none. Pick one under Schedule.</source>
        <translation>Se muestran todas las filas: solo filas nuevas o cambiadas compara con la última ejecución de una programación, y esta entrada no tiene ninguna. Elige una en Programación.</translation>
    </message>
    <message>
        <source>What the schedule last sent could not be read, so nothing is shown: %1</source>
        <translation>No se pudo leer lo que la programación envió la última vez, así que no se muestra nada: %1</translation>
    </message>
    <message>
        <source>%1 of %2 Looker events are new to %3; the %4 already sent there are not sent again.</source>
        <translation>%1 de %2 eventos de Looker son nuevos para %3; los %4 ya enviados allí no se vuelven a enviar.</translation>
    </message>
    <message>
        <source>Nothing was sent to %1 with this action yet: every Looker event is new.</source>
        <translation>Aún no se ha enviado nada a %1 con esta acción: todos los eventos de Looker son nuevos.</translation>
    </message>
    <message>
        <source>Every Looker event is shown: the hub leaves out those it already sent to the destination source, and this input names none.</source>
        <translation>Se muestran todos los eventos de Looker: el hub omite los que ya envió al origen de destino, y esta entrada no nombra ninguno.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of a type the catalogue does not know (%1): their attributes are sent as text.</source>
        <translation>
            <numerusform>%n evento de un tipo que el catálogo no conoce (%1): sus atributos se envían como texto.</numerusform>
            <numerusform>%n eventos de un tipo que el catálogo no conoce (%1): sus atributos se envían como texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s) the catalogue does not know are sent as text (%1).</source>
        <translation>
            <numerusform>%n valor de atributo que el catálogo no conoce se envía como texto (%1).</numerusform>
            <numerusform>%n valores de atributo que el catálogo no conoce se envían como texto (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) did not read as their type and are sent as text; the first: %1</source>
        <translation>
            <numerusform>%n valor no se pudo leer como su tipo y se envía como texto: %1</numerusform>
            <numerusform>%n valores no se pudieron leer como su tipo y se envían como texto; el primero: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a readable created time carry the time of the run.</source>
        <translation>
            <numerusform>%n evento sin una hora de creación legible lleva la hora de la ejecución.</numerusform>
            <numerusform>%n eventos sin una hora de creación legible llevan la hora de la ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown: times are read as UTC.</source>
        <translation>La zona horaria «%1» es desconocida: las horas se leen como UTC.</translation>
    </message>
    <message>
        <source>Tags and warnings</source>
        <translation>Etiquetas y avisos</translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewSendBar</name>
    <message>
        <source>No source configured</source>
        <translation>Ningún origen configurado</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Almacenando…</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>No se almacenó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored in the outbox of %2 for &quot;%1&quot;; they are delivered in the background.</source>
        <translation>
            <numerusform>%n mensaje almacenado en la bandeja de salida de %2 para &quot;%1&quot;; se entrega en segundo plano.</numerusform>
            <numerusform>%n mensajes almacenados en la bandeja de salida de %2 para &quot;%1&quot;; se entregan en segundo plano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them, over the size limit, were stored as failed.</source>
        <translation>
            <numerusform>%n de ellos, por encima del límite de tamaño, se almacenó como fallido.</numerusform>
            <numerusform>%n de ellos, por encima del límite de tamaño, se almacenaron como fallidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Send to source…</source>
        <translation>Enviar al origen…</translation>
    </message>
    <message>
        <source>Store these messages in the outbox for the chosen source</source>
        <translation>Almacenar estos mensajes en la bandeja de salida del origen elegido</translation>
    </message>
</context>
<context>
    <name>ActionDeck::RegionsSection</name>
    <message>
        <source>The token was copied to the clipboard.</source>
        <translation>El token se copió al portapapeles.</translation>
    </message>
    <message>
        <source>Looker regions and tokens</source>
        <translation>Regiones y tokens de Looker</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>New region name, e.g. US</source>
        <translation>Nombre de la nueva región, p. ej. US</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Añadir región</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Generar token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Action Hub URL for Looker:</source>
        <translation>URL del Action Hub para Looker:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Looker host</source>
        <translation>Host de Looker</translation>
    </message>
    <message>
        <source>Where this region is a Looker instance of its own: its host, for the catalogue&apos;s Explore links (double-click to change; empty: the hub&apos;s Looker host)</source>
        <translation>Si esta región es una instancia de Looker propia: su host, para los enlaces al Explore del catálogo (doble clic para cambiarlo; vacío: el host de Looker del hub)</translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation>%1 (sin aplicar)</translation>
    </message>
    <message>
        <source>Added here: Apply saves it, Revert drops it.</source>
        <translation>Añadida aquí: Aplicar la guarda, Revertir la descarta.</translation>
    </message>
    <message>
        <source>shown once, when it was made</source>
        <translation>mostrado una vez, al crearse</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Revoked: refused</source>
        <translation>Revocado: se rechaza</translation>
    </message>
    <message>
        <source>Apply the new region first: the hub makes its tokens.</source>
        <translation>Aplica antes la nueva región: el hub crea sus tokens.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
</context>
<context>
    <name>ActionDeck::RemoteHubConnection</name>
    <message>
        <source>The hub refused the admin token.</source>
        <translation>El hub rechazó el token de administración.</translation>
    </message>
    <message>
        <source>The hub closed the event stream.</source>
        <translation>El hub cerró el flujo de eventos.</translation>
    </message>
    <message>
        <source>No admin token: enter the one the server printed.</source>
        <translation>No hay token de administración: introduce el que imprimió el servidor.</translation>
    </message>
    <message>
        <source>The hub&apos;s list of the rows sent is damaged.</source>
        <translation>La lista de filas enviadas del hub está dañada.</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation>Esperando a que responda %1…</translation>
    </message>
    <message>
        <source>Seeing and changing the configuration of %1 takes an admin token; this window&apos;s token for it has the scope &quot;%2&quot;. Edit the hub on the Hubs page to give it one (actiondeck admin-token create NAME --scope admin).</source>
        <translation>Ver y cambiar la configuración de %1 requiere un token de administración; el token de esta ventana para ese hub tiene el alcance «%2». Edita el hub en la página Hubs para darle uno (actiondeck admin-token create NOMBRE --scope admin).</translation>
    </message>
    <message>
        <source>Reading the configuration of %1…</source>
        <translation>Leyendo la configuración de %1…</translation>
    </message>
    <message>
        <source>Where a server&apos;s hub listens, its TLS files and its outbox are set on that server (its --config file and flags).</source>
        <translation>Dónde escucha el hub de un servidor, sus archivos TLS y su bandeja de salida se configuran en ese servidor (su archivo --config y sus opciones).</translation>
    </message>
    <message>
        <source>The hub&apos;s answer to the test was not understood.</source>
        <translation>No se entendió la respuesta del hub a la prueba.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunActionBar</name>
    <message>
        <source>Asking Looker to run schedule %1 now…</source>
        <translation>Pidiendo a Looker que ejecute ahora la programación %1…</translation>
    </message>
    <message>
        <source>Looker is running schedule %1: its run comes at the top of the list when the hub receives it.</source>
        <translation>Looker está ejecutando la programación %1: su ejecución aparece arriba en la lista cuando el hub la recibe.</translation>
    </message>
    <message>
        <source>The hub keeps the results of its last requests while a window shows it, and not across a restart: this run&apos;s is no longer kept.</source>
        <translation>El hub conserva los resultados de sus últimas solicitudes mientras una ventana lo muestra, y no de un arranque a otro: el de esta ejecución ya no se conserva.</translation>
    </message>
    <message>
        <source>This run was sent by hand: there is no schedule to run again.</source>
        <translation>Esta ejecución se envió a mano: no hay programación que volver a ejecutar.</translation>
    </message>
    <message>
        <source>Connect to Looker&apos;s API on the Looker page to run the schedule from here.</source>
        <translation>Conéctate a la API de Looker en la página Looker para ejecutar la programación desde aquí.</translation>
    </message>
    <message>
        <source>Asks Looker to run this schedule once, now.</source>
        <translation>Pide a Looker que ejecute esta programación una vez, ahora.</translation>
    </message>
    <message>
        <source>&amp;Preview this request</source>
        <translation>&amp;Vista previa de esta solicitud</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunDetailsText</name>
    <message>
        <source>Run %1 · %2</source>
        <translation>Ejecución %1 · %2</translation>
    </message>
    <message>
        <source>Schedule: %1 (plan %2)</source>
        <translation>Programación: %1 (plan %2)</translation>
    </message>
    <message>
        <source>%1 to source %2</source>
        <translation>%1 al origen %2</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>región %1</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>hub %1</translation>
    </message>
    <message>
        <source>Look %1</source>
        <translation>Look %1</translation>
    </message>
    <message>
        <source>query %1</source>
        <translation>consulta %1</translation>
    </message>
    <message>
        <source>Rows skipped because:</source>
        <translation>Filas omitidas porque:</translation>
    </message>
    <message>
        <source>  (the hub keeps the first %1 reasons)</source>
        <translation>  (el hub guarda los %1 primeros motivos)</translation>
    </message>
    <message>
        <source>The data plane answered: %1</source>
        <translation>El data plane respondió: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Recibida: %1</translation>
    </message>
    <message>
        <source>Answered Looker: %1</source>
        <translation>Respondida a Looker: %1</translation>
    </message>
    <message>
        <source>Answered Looker: not yet, the result is being read</source>
        <translation>Respondida a Looker: todavía no, se está leyendo el resultado</translation>
    </message>
    <message>
        <source>Cut off: the hub stopped during the run; %1 messages it stored are still to deliver.</source>
        <translation>Cortada: el hub se detuvo durante la ejecución; quedan por entregar %1 mensajes que guardó.</translation>
    </message>
    <message>
        <source>Cut off: the hub stopped during the run.</source>
        <translation>Cortada: el hub se detuvo durante la ejecución.</translation>
    </message>
    <message>
        <source>All delivered: %1</source>
        <translation>Todo entregado: %1</translation>
    </message>
    <message>
        <source>All delivered: not yet, %1 messages pending</source>
        <translation>Todo entregado: todavía no, %1 mensajes pendientes</translation>
    </message>
    <message>
        <source>Rows: %1 read · %2 skipped · %3 unchanged (not sent again)</source>
        <translation>Filas: %1 leídas · %2 omitidas · %3 sin cambios (no se envían de nuevo)</translation>
    </message>
    <message>
        <source>Messages: %1 stored · %2 delivered · %3 failed · %4 pending</source>
        <translation>Mensajes: %1 guardados · %2 entregados · %3 fallidos · %4 pendientes</translation>
    </message>
    <message>
        <source>Looker has not been answered yet.</source>
        <translation>Todavía no se ha respondido a Looker.</translation>
    </message>
    <message>
        <source>Looker was told: success</source>
        <translation>Se dijo a Looker: éxito</translation>
    </message>
    <message>
        <source>Looker was told: failure</source>
        <translation>Se dijo a Looker: fallo</translation>
    </message>
    <message>
        <source>%1 — &quot;%2&quot;</source>
        <translation>%1 — «%2»</translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunDetailsView</name>
    <message>
        <source>Select a run to see its details.</source>
        <translation>Selecciona una ejecución para ver sus detalles.</translation>
    </message>
    <message>
        <source>No runs to show.</source>
        <translation>No hay ejecuciones que mostrar.</translation>
    </message>
    <message>
        <source>The failed batches could not be read: %1</source>
        <translation>No se pudieron leer los lotes fallidos: %1</translation>
    </message>
    <message>
        <source>Failed batches: %1</source>
        <translation>Lotes fallidos: %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Show in &amp;Outbox</source>
        <translation>Ver en la &amp;bandeja de salida</translation>
    </message>
    <message>
        <source>The Outbox page with this run&apos;s batches, to retry, discard or export them</source>
        <translation>La página Bandeja de salida con los lotes de esta ejecución, para reintentarlos, descartarlos o exportarlos</translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunListModel</name>
    <message>
        <source>Running</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Entregando</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Sent by hand</source>
        <translation>Enviada a mano</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Programación %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Scheduled plan %1</source>
        <translation>Plan programado %1</translation>
    </message>
    <message>
        <source>%1 rows skipped, %2 unchanged</source>
        <translation>%1 filas omitidas, %2 sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still to deliver</source>
        <translation>
            <numerusform>%n mensaje por entregar</numerusform>
            <numerusform>%n mensajes por entregar</numerusform>
        </translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>column: the messages that failed</comment>
        <translation>Fallidos</translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunsPage</name>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Pro&amp;gramación:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Filter by schedule, action, source or Looker&apos;s message</source>
        <translation>Filtrar por programación, acción, origen o mensaje de Looker</translation>
    </message>
    <message>
        <source>&amp;By schedule</source>
        <translation>&amp;Por programación</translation>
    </message>
    <message>
        <source>Each schedule with its number of runs and its last good run; pick one to see its runs</source>
        <translation>Cada programación con su número de ejecuciones y su última ejecución buena; elige una para ver sus ejecuciones</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>All schedules</source>
        <translation>Todas las programaciones</translation>
    </message>
    <message>
        <source>Scheduled plan %1</source>
        <translation>Plan programado %1</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>Programación %1</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>The runs of %1 could not be read: %2</source>
        <translation>No se pudieron leer las ejecuciones de %1: %2</translation>
    </message>
    <message>
        <source>Reading the runs of %1…</source>
        <translation>Leyendo las ejecuciones de %1…</translation>
    </message>
    <message>
        <source>%1 has kept no runs yet: each execute Looker sends is one.</source>
        <translation>%1 no ha guardado ejecuciones todavía: cada execute que envía Looker es una.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) kept by %1</source>
        <translation>
            <numerusform>%n ejecución guardada por %1</numerusform>
            <numerusform>%n ejecuciones guardadas por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrada</numerusform>
            <numerusform>%n mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under way</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest %1 listed; actiondeck runs list shows them all</source>
        <translation>se listan las %1 más recientes; actiondeck runs list las muestra todas</translation>
    </message>
</context>
<context>
    <name>ActionDeck::ScheduleSummaryModel</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Scheduled plan %1</source>
        <translation>Plan programado %1</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Last good run</source>
        <translation>Última ejecución buena</translation>
    </message>
    <message>
        <source>The last run Looker was told succeeded, with its messages delivered (all of them, or all but some the data plane refused)</source>
        <translation>La última ejecución de la que se dijo a Looker que fue bien, con sus mensajes entregados (todos, o todos salvo algunos que el data plane rechazó)</translation>
    </message>
</context>
<context>
    <name>ActionDeck::SecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ActionDeck::SourceOptionsWidget</name>
    <message>
        <source>Rename, line %1: write field = name, e.g. users.plan = plan_tier.</source>
        <translation>Renombrar, línea %1: escribe campo = nombre, p. ej. users.plan = plan_tier.</translation>
    </message>
    <message>
        <source>Looker&apos;s names</source>
        <translation>nombres de Looker</translation>
    </message>
    <message>
        <source>field names</source>
        <translation>nombres de campo</translation>
    </message>
    <message>
        <source>snake_case labels</source>
        <translation>etiquetas en snake_case</translation>
    </message>
    <message>
        <source>camelCase labels</source>
        <translation>etiquetas en camelCase</translation>
    </message>
    <message>
        <source>changed rows only</source>
        <translation>solo filas cambiadas</translation>
    </message>
    <message>
        <source>Looker context</source>
        <translation>Contexto de Looker</translation>
    </message>
    <message>
        <source>Property names</source>
        <translation>Nombres de propiedades</translation>
    </message>
    <message>
        <source>As Looker names them (users.email)</source>
        <translation>Como los nombra Looker (users.email)</translation>
    </message>
    <message>
        <source>Field name without the view (email)</source>
        <translation>Nombre del campo sin la vista (email)</translation>
    </message>
    <message>
        <source>Label in snake_case (users_email)</source>
        <translation>Etiqueta en snake_case (users_email)</translation>
    </message>
    <message>
        <source>Label in camelCase (usersEmail)</source>
        <translation>Etiqueta en camelCase (usersEmail)</translation>
    </message>
    <message>
        <source>How traits and properties are named when an action&apos;s form leaves &quot;Property names&quot; at the source&apos;s setting</source>
        <translation>Cómo se nombran los traits y las propiedades cuando el formulario de una acción deja &quot;Property names&quot; en el ajuste del origen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>users.plan = plan_tier
one line per field, as Looker names it; applied after the style</source>
        <translation>users.plan = plan_tier
una línea por campo, con el nombre que le da Looker; se aplica después del estilo</translation>
    </message>
    <message>
        <source>Rows to send</source>
        <translation>Filas a enviar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Only rows new or changed since the schedule&apos;s last run</source>
        <translation>Solo las filas nuevas o cambiadas desde la última ejecución de la programación</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Add context.looker (schedule, query, look)</source>
        <translation>Añadir context.looker (programación, consulta, look)</translation>
    </message>
    <message>
        <source>with Looker context</source>
        <translation>con contexto de Looker</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) renamed</source>
        <translation>
            <numerusform>%n campo renombrado</numerusform>
            <numerusform>%n campos renombrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDeck::SourcesSection</name>
    <message>
        <source>Not usable: %1</source>
        <translation>No utilizable: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>The data plane refused this write key (HTTP %1). Check the key in RudderStack&apos;s source settings.</source>
        <translation>El data plane rechazó esta clave de escritura (HTTP %1). Comprueba la clave en los ajustes del origen en RudderStack.</translation>
    </message>
    <message>
        <source>Something answered, but not a RudderStack data plane (HTTP 404 for /v1/batch). Check the URL.</source>
        <translation>Algo respondió, pero no es un data plane de RudderStack (HTTP 404 en /v1/batch). Comprueba la URL.</translation>
    </message>
    <message>
        <source>The data plane answered HTTP %1 (%2); try again later.</source>
        <translation>El data plane respondió HTTP %1 (%2); inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Could not reach the data plane: %1</source>
        <translation>No se pudo contactar con el data plane: %1</translation>
    </message>
    <message>
        <source>The data plane URL is not usable: %1</source>
        <translation>La URL del data plane no es utilizable: %1</translation>
    </message>
    <message>
        <source>RudderStack sources</source>
        <translation>Orígenes de RudderStack</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Data plane URL</source>
        <translation>URL del data plane</translation>
    </message>
    <message>
        <source>Write key</source>
        <translation>Clave de escritura</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>https://your-dataplane.rudderstack.com</source>
        <translation>https://your-dataplane.rudderstack.com</translation>
    </message>
    <message>
        <source>Add / update source</source>
        <translation>Añadir / actualizar origen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Sync options</source>
        <translation>Opciones de sincronización</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Sin probar: %1</translation>
    </message>
    <message>
        <source>The write key is accepted: the data plane is reachable and takes it (HTTP %1 to an empty batch).</source>
        <translation>La clave de escritura es válida: el data plane está accesible y la acepta (HTTP %1 a un lote vacío).</translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation>%1 (sin aplicar)</translation>
    </message>
    <message>
        <source>Changed here: Apply saves it, Revert drops it.</source>
        <translation>Cambiado aquí: Aplicar lo guarda, Revertir lo descarta.</translation>
    </message>
    <message>
        <source>kept on the server</source>
        <translation>guardada en el servidor</translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation>sin cambios si se deja vacía</translation>
    </message>
</context>
<context>
    <name>ActionDeck::SyncStateSection</name>
    <message>
        <source>What %1 remembers could not be read: %2</source>
        <translation>No se pudo leer lo que recuerda %1: %2</translation>
    </message>
    <message>
        <source>No schedule sends only new or changed rows yet.</source>
        <translation>Todavía ninguna programación envía solo filas nuevas o cambiadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule scope(s).</source>
        <translation>
            <numerusform>%n ámbito de programación.</numerusform>
            <numerusform>%n ámbitos de programación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget the rows sent</source>
        <translation>Olvidar las filas enviadas</translation>
    </message>
    <message>
        <source>Forget what the hub remembers of the rows sent by schedule(s) %1? The next run of each sends every row again, changed or not.</source>
        <translation>¿Olvidar lo que el hub recuerda de las filas enviadas por las programaciones %1? La próxima ejecución de cada una envía de nuevo todas las filas, cambiadas o no.</translation>
    </message>
    <message>
        <source>No schedule was given.</source>
        <translation>No se indicó ninguna programación.</translation>
    </message>
    <message>
        <source>A forget is under way.</source>
        <translation>Ya se está olvidando otra programación.</translation>
    </message>
    <message>
        <source>Not forgotten: %1</source>
        <translation>No se olvidó: %1</translation>
    </message>
    <message>
        <source>Only new or changed rows</source>
        <translation>Solo filas nuevas o cambiadas</translation>
    </message>
    <message>
        <source>What the hub remembers of the rows each schedule sent with &quot;only new or changed rows&quot;: those rows are not sent again until they change.</source>
        <translation>Lo que el hub recuerda de las filas que envió cada programación con «solo filas nuevas o cambiadas»: esas filas no se vuelven a enviar hasta que cambien.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Rows remembered</source>
        <translation>Filas recordadas</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>F&amp;orget selected…</source>
        <translation>&amp;Olvidar las seleccionadas…</translation>
    </message>
    <message>
        <source>The selected schedules&apos; next runs send every row again.</source>
        <translation>Las próximas ejecuciones de las programaciones seleccionadas envían de nuevo todas las filas.</translation>
    </message>
</context>
<context>
    <name>ActionDeck::TagCheckText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>add %1 to dimension %2</source>
        <translation>añade %1 a la dimensión %2</translation>
    </message>
    <message>
        <source>add %1 to dimension %2 in view `%3`</source>
        <translation>añade %1 a la dimensión %2 de la vista `%3`</translation>
    </message>
    <message>
        <source>add %1 to measure %2</source>
        <translation>añade %1 a la medida %2</translation>
    </message>
    <message>
        <source>add %1 to measure %2 in view `%3`</source>
        <translation>añade %1 a la medida %2 de la vista `%3`</translation>
    </message>
    <message>
        <source>add %1 to field %2</source>
        <translation>añade %1 al campo %2</translation>
    </message>
    <message>
        <source>add %1 to field %2 in view `%3`</source>
        <translation>añade %1 al campo %2 de la vista `%3`</translation>
    </message>
    <message>
        <source>No field is tagged user_id, email or rudder_anonymous_id, which %1 needs: %2.</source>
        <translation>Ningún campo tiene la etiqueta user_id, email o rudder_anonymous_id, que %1 necesita: %2.</translation>
    </message>
    <message>
        <source>No field is tagged user_id, email or rudder_anonymous_id, which %1 needs: tag the field that identifies a user.</source>
        <translation>Ningún campo tiene la etiqueta user_id, email o rudder_anonymous_id, que %1 necesita: etiqueta el campo que identifica a un usuario.</translation>
    </message>
    <message>
        <source>No field is tagged rudder_group_id, which group needs: %1.</source>
        <translation>Ningún campo tiene la etiqueta rudder_group_id, que group necesita: %1.</translation>
    </message>
    <message>
        <source>No field is tagged rudder_group_id, which group needs: tag the field that names the group.</source>
        <translation>Ningún campo tiene la etiqueta rudder_group_id, que group necesita: etiqueta el campo que nombra al grupo.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ActionDeck</source>
        <translation>ActionDeck</translation>
    </message>
    <message>
        <source>The outbox could not be opened: %1</source>
        <translation>No se pudo abrir la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Moved into PostgreSQL from this computer&apos;s outbox: %1 pending and %2 failed batches (%3 messages), the sync state of %4 schedules.</source>
        <translation>Movido a PostgreSQL desde la bandeja de este equipo: %1 lotes pendientes y %2 fallidos (%3 mensajes), el estado de sincronización de %4 programaciones.</translation>
    </message>
</context>
</TS>
