<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ActionDeck::CataloguePage</name>
    <message>
        <source>Search names, triggers and attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the event type's name, to filter event.name in a System Activity Explore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All groups (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event type(s)</source>
        <translation>
            <numerusform>%n event type</numerusform><numerusform>%n event types</numerusform></translation>
    </message>
    <message>
        <source>No event type matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event type has no attributes of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes every event has</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding it in Looker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;In the &lt;code&gt;system__activity&lt;/code&gt; model, the &lt;b&gt;Event&lt;/b&gt; Explore lists events (&lt;code&gt;event.name&lt;/code&gt;, &lt;code&gt;event.category&lt;/code&gt;, &lt;code&gt;event.created_time&lt;/code&gt;); the &lt;b&gt;Event Attribute&lt;/b&gt; Explore adds each event's attributes (&lt;code&gt;event_attribute.name&lt;/code&gt;, &lt;code&gt;event_attribute.value&lt;/code&gt;). Filter &lt;code&gt;event.name&lt;/code&gt; on &lt;code&gt;%1&lt;/code&gt;. The same Explores exist as &lt;code&gt;/explore/i__looker/event&lt;/code&gt; and &lt;code&gt;/explore/i__looker/event_attribute&lt;/code&gt;; seeing them needs the &lt;code&gt;see_system_activity&lt;/code&gt; permission.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionDeck::MainWindow</name>
    <message>
        <source>ActionDeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActionDeck %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>