<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDeck::AlertsSection</name>
    <message>
        <source>The alert webhook must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the hub (hidden); type a new URL to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack-compatible text (Slack, Mattermost, Teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (the run or the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery stuck after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub calls the webhook once when a run ends failed, partial or cut off, and once when delivery to a source is stuck and when it recovers; never once per batch. The URL is kept like a write key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::BatchActionBar</name>
    <message>
        <source>&amp;Retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected failed batches again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected batches; their messages are never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected batches&apos; messages as JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the selected batches (%1, with %2 messages)? Their messages will never be sent, and this can not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending among them: %1. Looker was told these were accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.ndjson *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another retry, discard or export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying batches: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding batches: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting batches: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches retried: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches retried: %1. Stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches discarded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches discarded: %1. Stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages exported to %2: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches no longer in the outbox: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::BatchDetailsView</name>
    <message>
        <source>No batches to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected — batches: %1, messages: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: %1 · Attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent by hub %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::BatchListModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub %1 holds this batch&apos;s lease: no other hub sends it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::CataloguePage</name>
    <message>
        <source>Search names, triggers and attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the event type&apos;s name, to filter event.name in a System Activity Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event type(s)</source>
        <translation>
            <numerusform>%n event type</numerusform>
            <numerusform>%n event types</numerusform>
        </translation>
    </message>
    <message>
        <source>No event type matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event type has no attributes of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes every event has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding it in Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In the &lt;code&gt;system__activity&lt;/code&gt; model, the &lt;b&gt;Event&lt;/b&gt; Explore lists events (&lt;code&gt;event.name&lt;/code&gt;, &lt;code&gt;event.category&lt;/code&gt;, &lt;code&gt;event.created_time&lt;/code&gt;); the &lt;b&gt;Event Attribute&lt;/b&gt; Explore adds each event&apos;s attributes (&lt;code&gt;event_attribute.name&lt;/code&gt;, &lt;code&gt;event_attribute.value&lt;/code&gt;). Filter &lt;code&gt;event.name&lt;/code&gt; on &lt;code&gt;%1&lt;/code&gt;. The same Explores exist as &lt;code&gt;/explore/i__looker/event&lt;/code&gt; and &lt;code&gt;/explore/i__looker/event_attribute&lt;/code&gt;; seeing them needs the &lt;code&gt;see_system_activity&lt;/code&gt; permission.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Looker&apos;s API on the Looker page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Looker&apos;s System Activity how often each event type occurred in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Event Attribute query for this type and preview what the System Activity action would send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Looker&apos;s System Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 event types occurred in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Looker for the last %1 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count in Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::ConfigDraft</name>
    <message>
        <source>A source needs a name and a write key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data plane URL is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region needs a name without &quot;=&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a region named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Looker host must be a host name such as acme.looker.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no region named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::ConfigStore</name>
    <message>
        <source>The configuration could not be read (%1); the defaults are used until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of this configuration are in the system keychain, which is not used in this session: enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets could not be read from the system keychain (%1): enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1): the secrets are kept in %2, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer: enter the secrets again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer: the secrets are kept in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::ConnectionsPage</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen address must be an IP address such as 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public base URL must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied, but the hub can not listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS needs both the certificate and its private key (or neither, for plain HTTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS can not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Looker host must be a host name such as acme.looker.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write key was not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it into Looker&apos;s Action Hub settings (Authorization). It is shown this once on a server&apos;s hub; here it stays listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the sources, regions and settings changed here to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops the changes not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening and outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, listening and outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet: %1. Apply sends them to %2; Revert drops them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration of %1, on its server. Applied changes are kept there (config-overlay.json in its data directory, over its --config file); where it listens, its TLS files and its outbox are set on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the hub&apos;s --public-url flag on the server: change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: the hub already has these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 on %2; kept in its data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes not applied were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 changed here: Apply sends it to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 removed here: Apply sends it to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 added here: Apply sends it to the hub, which gives it a secret; then make its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token for %1 was made (nonce %2): Looker may use it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token %1 of %2 on %3? Looker&apos;s requests with it are refused from then on, and it can not be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 of %2 was revoked: Looker&apos;s requests with it are now refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1; the secrets are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1; saved to %2, the secrets in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1; saved to %2 (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation of token %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::DeliverySection</name>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gzip level (0 = off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep delivered batches (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered batches stay in the outbox this long, to inspect or export, then they are deleted. Pending and failed batches are kept until you discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send empty values as &quot;&quot; (like the Node Action Hub)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::EnableActionsDialog</name>
    <message>
        <source>Enable the actions in Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: each schedule picks its destination source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker gets the source&apos;s write key and data plane URL, and tests each action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker keeps no write key: each schedule&apos;s &quot;Destination source&quot; field says where its rows go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::EventRateChart</name>
    <message>
        <source>stored / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::EventTypeListModel</name>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  not seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::ExploreLinkPanel</name>
    <message>
        <source>Save tracking plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Schema (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking plan could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to RudderStack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its group: %1 (%n type(s))</source>
        <translation>
            <numerusform>Its group: %1 (%n type)</numerusform>
            <numerusform>Its group: %1 (%n types)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Explore URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tracking plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON Schema per event type: the properties the Rudder System Activity action sends, with their types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Looker host on the Connections page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Open the Explore URL and add a time filter on &lt;code&gt;event.created_time&lt;/code&gt; (for example, the last 2 hours).&lt;/li&gt;&lt;li&gt;Save it as a look, then schedule it: destination &lt;b&gt;Rudder System Activity&lt;/b&gt;, format &lt;b&gt;JSON - Detail&lt;/b&gt;, with &lt;b&gt;All results&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Each Looker event is sent once per source, however often the schedules overlap.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Looker instance the Explore URL opens on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::FirstRunGuide</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect Looker.&lt;/b&gt; In Looker, go to Admin → Platform → Actions → Add Action Hub, paste the Action Hub URL &lt;tt&gt;%1&lt;/tt&gt;, enable authorization and paste the region token. Looker must be able to reach this address: use the public base URL when it goes through a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not listening yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ActionDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three steps connect Looker to RudderStack. The hub is already running; each step is ticked as soon as it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Add a RudderStack source.&lt;/b&gt; Its write key and data plane URL are in RudderStack&apos;s source settings. Use &quot;Test connection&quot; to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Create a region token.&lt;/b&gt; Add a region (for example US) and generate a token: Looker sends it with every request, and it tells ActionDeck which region the request comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Action Hub URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the live flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or watch a hub that runs on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker reaches a hub over the internet, so in production it runs on a server (the .deb&apos;s service). Install it there, create an admin token, and reach its admin port through an SSH tunnel — or over TLS with a scoped token. Then add it here with the URL http://127.0.0.1:8081 and the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hub on a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prints the token once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here: the admin port, tunnelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Looker&apos;s API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds this hub to Looker with a token of its first region and enables its actions with its first source, through Looker&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Looker&apos;s API, ActionDeck adds the hub to Looker and enables its actions for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the hub to Looker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source first (step 1): its write key goes to Looker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a region first (step 2): Looker needs one of its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: the hub is in Looker and %n action(s) passed Looker&apos;s test.</source>
        <translation>
            <numerusform>Done: the hub is in Looker and %n action passed Looker&apos;s test.</numerusform>
            <numerusform>Done: the hub is in Looker and %n actions passed Looker&apos;s test.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDeck::HelpMenu</name>
    <message>
        <source>Diagnostics copied: versions, hubs and their states, without secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting Looker — the &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ActionDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide was not found: it is installed with the package as /usr/share/doc/actiondeck/CONNECT_LOOKER.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the guide of the source tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the guide installed with ActionDeck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ActionDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ActionDeck %1&lt;/b&gt;&lt;br&gt;A Looker Action Hub that sends Looker&apos;s results to RudderStack, with a window to set it up, preview and watch it.&lt;br&gt;&lt;br&gt;Qt %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::HttpLimitsSection</name>
    <message>
        <source>&quot;%1&quot; is not an IP address: trusted proxies are listed by address, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of Looker&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request header within (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection whose request header has not arrived in this time is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled body after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request body that sends nothing for this long gets 408.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle connections close after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections per client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request body (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1 (the nginx in front)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients behind these addresses are counted by the X-Forwarded-For they send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubConnection</name>
    <message>
        <source>The hub&apos;s certificate is not trusted (SHA-256 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the hub on this computer is started and stopped here; a server&apos;s hub runs as its service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox of the hub on this computer is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub on this computer is switched off (Hubs page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub does not list the requests it received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub does not show what it remembers of the rows sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub does not forget the rows sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub&apos;s configuration can not be seen or changed from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub does not take messages from the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub keeps no runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubDialog</name>
    <message>
        <source>Notify me when its batches fail or it can&apos;t be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hub on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ad_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server: &lt;code&gt;sudo actiondeck admin-token create --scope operate --name laptop --data-dir /var/lib/actiondeck&lt;/code&gt;. Reach its admin port through an SSH tunnel (&lt;code&gt;ssh -L 8081:127.0.0.1:8081 server&lt;/code&gt;, then http://127.0.0.1:8081) or over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hub a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin URL is http:// or https:// with a host, e.g. http://127.0.0.1:8081.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the admin token the server printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubNotifier</name>
    <message>
        <source>Batches are failing on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages failed: the data plane refused them. The hub&apos;s Outbox page says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can&apos;t be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n times in a row</source>
        <translation>
            <numerusform>%1 failed %n time in a row</numerusform>
            <numerusform>%1 failed %n times in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Its last runs on %1 all failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed</source>
        <translation>
            <numerusform>%n message failed</numerusform>
            <numerusform>%n messages failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubRegistry</name>
    <message>
        <source>The admin token of %1 could not be read (%2): enter it again under Hubs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubTokenVault</name>
    <message>
        <source>No system keychain answered, so the admin token is kept in %1, readable only by you, as the window&apos;s other secrets are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin token is kept for this hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin token could not be kept (%1): it is used until the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::HubsPage</name>
    <message>
        <source>Every hub this window watches: the one on this computer and hubs on servers, reached through their admin API. Double-click one to see its Live flow and Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show its pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, Looker&apos;s port closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub shows a certificate with SHA-256 %1. Compare it with `openssl x509 -noout -fingerprint -sha256 -in CERT` on the server before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate: SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching %1 and forget its admin token? The hub itself keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a hub on this computer (off: this window only watches hubs on servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a hub on this computer — from the next start of ActionDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared · %n hub(s)</source>
        <translation>
            <numerusform>Shared · %n hub</numerusform>
            <numerusform>Shared · %n hubs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, where %n hub(s) work now</source>
        <translation>
            <numerusform>%1, where %n hub works now</numerusform>
            <numerusform>%1, where %n hubs work now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDeck::ListeningSection</name>
    <message>
        <source>Looker calls the hub over HTTPS: give a certificate here, or leave both empty when a reverse proxy in front of the hub holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS can not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving HTTPS with the certificate for %1, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://actiondeck.example.com (when Looker reaches the hub through a proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file; empty: plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme.looker.com (for the catalogue&apos;s Explore links and System Activity previews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the server: its --config file or the --listen and --tls-cert flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s hub serves HTTPS with the files named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s hub serves plain HTTP: a reverse proxy in front of it should hold the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LiveFlowPage</name>
    <message>
        <source>Rows in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by userId, anonymousId, event, region, source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold new rows back (the newest %1 are kept and shown on resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the last %2 messages shown (%3 since the window opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— paused, %1 held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: Looker&apos;s requests are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its JSON and delivery attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, not retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over RudderStack&apos;s 32 KB limit for one event; not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.ndjson *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 not sent to this window (it fell behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening — Looker sends to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 more stored while another hub was shown, not in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the window opened (or this hub was first shown in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the hub&apos;s outbox now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LiveMessageModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymousId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userId / anonymousId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data plane %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LocalHubConnection</name>
    <message>
        <source>That request&apos;s result is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen address must be an IP address and port, such as 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no region named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookPickerDialog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the Look&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model · explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview needs only some rows; all rows runs the whole Look, as a schedule does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Looker for its Looks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Look&apos;s title has those words.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerConnectionForm</name>
    <message>
        <source>Give Looker&apos;s URL, such as https://acme.looker.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client ID of a Looker API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client secret of that API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Looker&apos;s API yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Looker&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the LOOKERSDK_* variables; saved when you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key of a Looker admin (Looker: Admin → Users → Edit keys). The secret is kept with the other secrets: in the system keychain when one answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerPage</name>
    <message>
        <source>Remove from Looker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker forgets this hub and its actions&apos; settings; schedules that send to them fail until it is added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Looker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: each schedule picks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (none of this hub&apos;s sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker never shows a write key again: &quot;set&quot; is all it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hold another data plane URL than %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not said where Looker reaches it yet (it is not listening).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Looker&apos;s API first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no region yet: add one on the Connections page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hub in Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its actions in Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable with source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Looker&apos;s API to see this hub there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Looker reaches it at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerSchedulesSection</name>
    <message>
        <source>Add this hub to Looker to see the schedules that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Looker for its schedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule sends to this hub&apos;s actions yet: make one in Looker (Schedule → Where should this data go?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s) send to this hub.</source>
        <translation>
            <numerusform>%n schedule sends to this hub.</numerusform>
            <numerusform>%n schedules send to this hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Looker to run schedule %1 now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker is running schedule %1: the hub receives it when Looker has the result, and Live flow shows it arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when its datagroup triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a schedule first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules that send to this hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker runs the schedule once now, as if its time had come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Looker API user may not see other users&apos; schedules: it needs the see_schedules permission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerSetup</name>
    <message>
        <source>The hub has not said where Looker reaches it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token of region %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no source named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write key of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::LookerText</name>
    <message>
        <source>Looker refused the API credentials: check the client ID and secret (Looker: Admin → Users → Edit keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Looker API 4.0 at this URL. Give the instance&apos;s URL, such as https://acme.looker.com (older instances serve the API on port 19999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Looker API user may not do this (%1): adding Action Hubs and enabling actions needs a Looker admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in Looker: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker refused the values (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker is limiting the API&apos;s rate: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker can not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s certificate is not trusted (%1). Turn the check off only for a Looker you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Looker %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Looker as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in Looker yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker was given a token of region %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In Looker as Action Hub %1: Looker read %n action(s).</source>
        <translation>
            <numerusform>In Looker as Action Hub %1: Looker read %n action.</numerusform>
            <numerusform>In Looker as Action Hub %1: Looker read %n actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looker could not read the hub&apos;s actions: the hub refused Looker&apos;s token (Looker says: %1). The token Looker holds is another hub&apos;s, another region&apos;s that was removed, or revoked: update the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker does not trust the hub&apos;s certificate (Looker says: %1). Looker takes hubs with a certificate from a public authority only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker could not reach the hub at %1 (Looker says: %2). Set the public URL on the Connections page, and open the port to Looker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker can not use the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Looker in the cloud can&apos;t reach %1: set the public URL on the Connections page. (A Looker beside the hub can.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s certificate is not checked: anyone between here and Looker could read the API secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s URL is plain http: the API secret would cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::MainWindow</name>
    <message>
        <source>ActionDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActionDeck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ActionDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the hub running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActionDeck is listening for Looker. Keep it running in the system tray, so scheduled looks are not refused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening — Looker sends to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is for the hub on this computer; the other pages show %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop listening (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start listening (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s hub runs as its service: it is started and stopped on that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit ActionDeck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub on this computer is listening for Looker. Once ActionDeck quits, Looker&apos;s scheduled looks are refused until it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s System Activity: the last %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::OutboxPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — batches: %2, messages: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 batches. The command line lists and exports all of them: actiondeck outbox list | export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1  ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the batches of run %1 are shown; click to show every run&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::OutboxSection</name>
    <message>
        <source>The PostgreSQL URI carries a password. Put it in a passfile (~/.pgpass or PGPASSFILE) instead: it must never show in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URI must look like postgresql://USER@HOST:5432/DATABASE?sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared outbox needs the key file every hub of it is given (--secrets-key-file): 32 random bytes, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file can not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox opens when the hub starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start of ActionDeck the hub keeps its batches in PostgreSQL; the pending and failed batches waiting in this computer&apos;s outbox, their attempts and the sync state move there then, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start of ActionDeck the hub keeps its batches in this computer&apos;s outbox. What waits in PostgreSQL stays there, for the other hubs to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1, shared with the hubs started on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches wait in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (a file in the data directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL, shared by several hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any libpq connection URI, without the password: it is read from ~/.pgpass, PGPASSFILE or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet&apos;s secrets key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file every hub of the outbox is given: the write keys and region secrets in the database are sealed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the server: its --outbox flag or configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1. Set on the server: its --outbox flag or configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewInputPane</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Looker result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a request the hub received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its result was too large to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a json_detail result or a whole Looker execute request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;fields&quot;: {...}, &quot;data&quot;: [...]}  or  {&quot;type&quot;: &quot;query&quot;, &quot;attachment&quot;: {...}, ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: %1 (%2), too large to show; paste or type here to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a json_detail result or a whole execute request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s requests can not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub was not keeping results when it came: a server&apos;s hub keeps them while a window shows its Preview page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Look in Looker as a schedule sends it, and preview what the hub would send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Looker&apos;s API on the Looker page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running Look %1 in Looker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Looker: Look %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look %1 could not be run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download URL, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its result was at a download URL and came when no window was watching: a hub keeps the first rows of those only while a window shows Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last requests the hub received; of a result at a download URL or too large, the first 1,000 rows are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Looker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewOptionsPane</name>
    <message>
        <source>From the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields not to send, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields not to send, as Looker names them (view.field), comma-separated; empty: those the request hides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy empty values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send 0, false, &quot;&quot; and null as [], as the Node reference hub does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the request says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s (users.email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snake_case label (users_email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camelCase label (usersEmail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How traits and properties are named. The request&apos;s choice is its form&apos;s property_names; &quot;default&quot; there is the destination source&apos;s setting, which the preview shows as Looker&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Schedule %1 · %2 → %3 (%n row(s) remembered)</source>
        <translation>
            <numerusform>Schedule %1 · %2 → %3 (%n row remembered)</numerusform>
            <numerusform>Schedule %1 · %2 → %3 (%n rows remembered)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only new or changed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only new or changed rows shows just the rows that differ from what the schedule last sent, as the hub remembers it; nothing is changed by the preview. &quot;default&quot; in the request&apos;s form is the source&apos;s setting, which the preview shows as all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled plan and destination source the rows are compared with, and that names the messageIds; the request&apos;s own, or one the hub remembers rows of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds context.looker: the schedule&apos;s id and title, the query, ran_at and the look or dashboard URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 · %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identify (rudder_event), track (rudder_track), group (rudder_group), or System Activity (rudder_system_activity) for the results of Looker&apos;s System Activity Explores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (e.g. &quot;Looker &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewPage</name>
    <message>
        <source>That request&apos;s result (%1) was too large to keep for the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Store these %n message(s) in the outbox for source &quot;%1&quot;? They are delivered like an execute&apos;s, with the message ids shown here.</source>
        <translation>
            <numerusform>Store %n message in the outbox for source &quot;%1&quot;? It is delivered like an execute&apos;s, with the message id shown here.</numerusform>
            <numerusform>Store these %n messages in the outbox for source &quot;%1&quot;? They are delivered like an execute&apos;s, with the message ids shown here.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub was not keeping results when that request came. A hub on a server keeps them while a window shows its Preview page: the next ones will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching that request&apos;s result from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That request&apos;s result could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request from region %2 at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only new or changed rows compares with what a schedule sent to a source, and this input names none: pick a schedule under Schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hub to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what schedule %1 last sent to %2 from %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not the hub shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That request&apos;s result was at a download URL, which Looker lets the hub read only once, and no window was watching: the hub keeps the first rows of such results only while a window shows Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer lists the request of run %1: it keeps its last requests, and not across a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewResultPane</name>
    <message>
        <source>Preview cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file, paste a json_detail result or a whole execute request body, or pick a request the hub received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a whole execute request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a json_detail result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The execute request body is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This execute request can not be previewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s attachment can not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker would be answered with this error, and nothing sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result in attachment.data is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of the rows before it are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be skipped, and Looker told: %1</source>
        <translation>
            <numerusform>%n row would be skipped, and Looker told: %1</numerusform>
            <numerusform>%n rows would be skipped, and Looker told: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 messages have no userId (they are sent with an anonymousId); some destinations, such as Redis, need a userId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) over RudderStack&apos;s limit of %1 bytes for one event: they would be kept as failed, never sent (message %2 is %3 bytes).</source>
        <translation>
            <numerusform>%n message over RudderStack&apos;s limit of %1 bytes for one event: it would be kept as failed, never sent (message %2 is %3 bytes).</numerusform>
            <numerusform>%n messages over RudderStack&apos;s limit of %1 bytes for one event: they would be kept as failed, never sent (message %2 is %3 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>a pivoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identifier value(s) can not be used as an id and count as missing (row %1: %2, tagged %3, holds %4).</source>
        <translation>
            <numerusform>%n identifier value can not be used as an id and counts as missing (row %1: %2, tagged %3, holds %4).</numerusform>
            <numerusform>%n identifier values can not be used as an id and count as missing (row %1: %2, tagged %3, holds %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>ran_at &quot;%1&quot; is not a date: each message&apos;s timestamp is the time of the preview instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of %2 messages are kept, so they can not be sent from here; let Looker send the result through the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows changed since schedule %3 last sent them to %4: %5 changed, %6 new; the %7 unchanged are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 has sent nothing to %2 with this action yet: every row is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messageIds are those the hub would send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is shown: only new or changed rows compares with a schedule&apos;s last run, and this input has none. Pick one under Schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the schedule last sent could not be read, so nothing is shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 Looker events are new to %3; the %4 already sent there are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to %1 with this action yet: every Looker event is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Looker event is shown: the hub leaves out those it already sent to the destination source, and this input names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of a type the catalogue does not know (%1): their attributes are sent as text.</source>
        <translation>
            <numerusform>%n event of a type the catalogue does not know (%1): its attributes are sent as text.</numerusform>
            <numerusform>%n events of a type the catalogue does not know (%1): their attributes are sent as text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s) the catalogue does not know are sent as text (%1).</source>
        <translation>
            <numerusform>%n attribute value the catalogue does not know is sent as text (%1).</numerusform>
            <numerusform>%n attribute values the catalogue does not know are sent as text (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) did not read as their type and are sent as text; the first: %1</source>
        <translation>
            <numerusform>%n value did not read as its type and is sent as text: %1</numerusform>
            <numerusform>%n values did not read as their type and are sent as text; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a readable created time carry the time of the run.</source>
        <translation>
            <numerusform>%n event without a readable created time carries the time of the run.</numerusform>
            <numerusform>%n events without a readable created time carry the time of the run.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown: times are read as UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::PreviewSendBar</name>
    <message>
        <source>No source configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored in the outbox of %2 for &quot;%1&quot;; they are delivered in the background.</source>
        <translation>
            <numerusform>%n message stored in the outbox of %2 for &quot;%1&quot;; it is delivered in the background.</numerusform>
            <numerusform>%n messages stored in the outbox of %2 for &quot;%1&quot;; they are delivered in the background.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them, over the size limit, were stored as failed.</source>
        <translation>
            <numerusform>%n of them, over the size limit, was stored as failed.</numerusform>
            <numerusform>%n of them, over the size limit, were stored as failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these messages in the outbox for the chosen source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::RegionsSection</name>
    <message>
        <source>The token was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker regions and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New region name, e.g. US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Hub URL for Looker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this region is a Looker instance of its own: its host, for the catalogue&apos;s Explore links (double-click to change; empty: the hub&apos;s Looker host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added here: Apply saves it, Revert drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown once, when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the new region first: the hub makes its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::RemoteHubConnection</name>
    <message>
        <source>The hub refused the admin token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub closed the event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin token: enter the one the server printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s list of the rows sent is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing and changing the configuration of %1 takes an admin token; this window&apos;s token for it has the scope &quot;%2&quot;. Edit the hub on the Hubs page to give it one (actiondeck admin-token create NAME --scope admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a server&apos;s hub listens, its TLS files and its outbox are set on that server (its --config file and flags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer to the test was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunActionBar</name>
    <message>
        <source>Asking Looker to run schedule %1 now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker is running schedule %1: its run comes at the top of the list when the hub receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub keeps the results of its last requests while a window shows it, and not across a restart: this run&apos;s is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was sent by hand: there is no schedule to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Looker&apos;s API on the Looker page to run the schedule from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Looker to run this schedule once, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunDetailsText</name>
    <message>
        <source>Run %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1 (plan %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to source %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (the hub keeps the first %1 reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data plane answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered Looker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered Looker: not yet, the result is being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off: the hub stopped during the run; %1 messages it stored are still to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off: the hub stopped during the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All delivered: not yet, %1 messages pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 read · %2 skipped · %3 unchanged (not sent again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: %1 stored · %2 delivered · %3 failed · %4 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker has not been answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker was told: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker was told: failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunDetailsView</name>
    <message>
        <source>Select a run to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed batches could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Outbox page with this run&apos;s batches, to retry, discard or export them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunListModel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows skipped, %2 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still to deliver</source>
        <translation>
            <numerusform>%n message still to deliver</numerusform>
            <numerusform>%n messages still to deliver</numerusform>
        </translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>column: the messages that failed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::RunsPage</name>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by schedule, action, source or Looker&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each schedule with its number of runs and its last good run; pick one to see its runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has kept no runs yet: each execute Looker sends is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) kept by %1</source>
        <translation>
            <numerusform>%n run kept by %1</numerusform>
            <numerusform>%n runs kept by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under way</source>
        <translation>
            <numerusform>%n under way</numerusform>
            <numerusform>%n under way</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest %1 listed; actiondeck runs list shows them all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::ScheduleSummaryModel</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run Looker was told succeeded, with its messages delivered (all of them, or all but some the data plane refused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::SecretDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::SourceOptionsWidget</name>
    <message>
        <source>Rename, line %1: write field = name, e.g. users.plan = plan_tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snake_case labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camelCase labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looker context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Looker names them (users.email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name without the view (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label in snake_case (users_email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label in camelCase (usersEmail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How traits and properties are named when an action&apos;s form leaves &quot;Property names&quot; at the source&apos;s setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users.plan = plan_tier
one line per field, as Looker names it; applied after the style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows new or changed since the schedule&apos;s last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add context.looker (schedule, query, look)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with Looker context</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) renamed</source>
        <translation>
            <numerusform>%n field renamed</numerusform>
            <numerusform>%n fields renamed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDeck::SourcesSection</name>
    <message>
        <source>Not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data plane refused this write key (HTTP %1). Check the key in RudderStack&apos;s source settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered, but not a RudderStack data plane (HTTP 404 for /v1/batch). Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data plane answered HTTP %1 (%2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the data plane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data plane URL is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RudderStack sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data plane URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://your-dataplane.rudderstack.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add / update source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write key is accepted: the data plane is reachable and takes it (HTTP %1 to an empty batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here: Apply saves it, Revert drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::SyncStateSection</name>
    <message>
        <source>What %1 remembers could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule sends only new or changed rows yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n schedule scope(s).</source>
        <translation>
            <numerusform>%n schedule scope.</numerusform>
            <numerusform>%n schedule scopes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget the rows sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget what the hub remembers of the rows sent by schedule(s) %1? The next run of each sends every row again, changed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forget is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not forgotten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only new or changed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the hub remembers of the rows each schedule sent with &quot;only new or changed rows&quot;: those rows are not sent again until they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orget selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected schedules&apos; next runs send every row again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDeck::TagCheckText</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to dimension %2 in view `%3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to measure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to measure %2 in view `%3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to field %2 in view `%3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field is tagged user_id, email or rudder_anonymous_id, which %1 needs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field is tagged user_id, email or rudder_anonymous_id, which %1 needs: tag the field that identifies a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field is tagged rudder_group_id, which group needs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field is tagged rudder_group_id, which group needs: tag the field that names the group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ActionDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved into PostgreSQL from this computer&apos;s outbox: %1 pending and %2 failed batches (%3 messages), the sync state of %4 schedules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
