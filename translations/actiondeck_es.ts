<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
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
        <source>Copy the event type's name, to filter event.name in a System Activity Explore</source>
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
            <numerusform>%n tipo de evento</numerusform><numerusform>%n tipos de evento</numerusform></translation>
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
        <source>&lt;p&gt;In the &lt;code&gt;system__activity&lt;/code&gt; model, the &lt;b&gt;Event&lt;/b&gt; Explore lists events (&lt;code&gt;event.name&lt;/code&gt;, &lt;code&gt;event.category&lt;/code&gt;, &lt;code&gt;event.created_time&lt;/code&gt;); the &lt;b&gt;Event Attribute&lt;/b&gt; Explore adds each event's attributes (&lt;code&gt;event_attribute.name&lt;/code&gt;, &lt;code&gt;event_attribute.value&lt;/code&gt;). Filter &lt;code&gt;event.name&lt;/code&gt; on &lt;code&gt;%1&lt;/code&gt;. The same Explores exist as &lt;code&gt;/explore/i__looker/event&lt;/code&gt; and &lt;code&gt;/explore/i__looker/event_attribute&lt;/code&gt;; seeing them needs the &lt;code&gt;see_system_activity&lt;/code&gt; permission.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En el modelo &lt;code&gt;system__activity&lt;/code&gt;, la exploración &lt;b&gt;Event&lt;/b&gt; enumera los eventos (&lt;code&gt;event.name&lt;/code&gt;, &lt;code&gt;event.category&lt;/code&gt;, &lt;code&gt;event.created_time&lt;/code&gt;); la exploración &lt;b&gt;Event Attribute&lt;/b&gt; añade los atributos de cada evento (&lt;code&gt;event_attribute.name&lt;/code&gt;, &lt;code&gt;event_attribute.value&lt;/code&gt;). Filtra &lt;code&gt;event.name&lt;/code&gt; por &lt;code&gt;%1&lt;/code&gt;. Las mismas exploraciones existen como &lt;code&gt;/explore/i__looker/event&lt;/code&gt; y &lt;code&gt;/explore/i__looker/event_attribute&lt;/code&gt;; para verlas hace falta el permiso &lt;code&gt;see_system_activity&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Source: %1 (%2).</source>
        <translation>Fuente: %1 (%2).</translation>
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
</context>
</TS>