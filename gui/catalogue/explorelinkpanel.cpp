#include "gui/catalogue/explorelinkpanel.h"

#include "catalog/eventcatalog.h"
#include "catalog/systemactivityexploreurl.h"
#include "rudder/systemactivityschema.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>

namespace ActionDeck {

ExploreLinkPanel::ExploreLinkPanel(const EventCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_heading(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_instance(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_steps(new QLabel(this)) {
    m_scope->setObjectName(QStringLiteral("exploreScope"));
    m_instance->setObjectName(QStringLiteral("exploreInstance"));
    m_instance->hide();
    m_url->setObjectName(QStringLiteral("exploreUrl"));
    m_copy->setObjectName(QStringLiteral("exploreCopy"));
    m_save->setObjectName(QStringLiteral("trackingPlanSave"));
    m_url->setReadOnly(true);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_scope->addItem(QString());
    m_scope->addItem(QString());

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_heading, 0, 0);
    layout->addWidget(m_instance, 0, 1);
    layout->addWidget(m_scope, 0, 2, 1, 2);
    layout->addWidget(m_url, 1, 0, 1, 2);
    layout->addWidget(m_copy, 1, 2);
    layout->addWidget(m_save, 1, 3);
    layout->addWidget(m_steps, 2, 0, 1, 4);
    layout->setColumnStretch(0, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExploreLinkPanel::showUrl);
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_instances.size())
            m_host = m_instances[index].first;
        showUrl();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!exploreUrl().isEmpty())
            QApplication::clipboard()->setText(exploreUrl());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save tracking plan"), QStringLiteral("looker-system-activity.schema.json"),
            tr("JSON Schema (*.json)"));
        QString error;
        if (!path.isEmpty() && !saveTrackingPlan(path, &error))
            QMessageBox::warning(this, tr("Save tracking plan"), error);
    });
    retranslateUi();
}

void ExploreLinkPanel::setLookerHost(const QString& host) {
    setLookerInstances(host.isEmpty() ? QList<std::pair<QString, QStringList>>()
                                      : QList<std::pair<QString, QStringList>>{{host, {}}});
}

void ExploreLinkPanel::setLookerInstances(const QList<std::pair<QString, QStringList>>& instances) {
    const QString chosen = m_host;
    m_instances = instances;
    m_host = instances.isEmpty() ? QString() : instances.first().first;
    {
        const QSignalBlocker quiet(m_instance);
        m_instance->clear();
        for (const auto& [host, regions] : instances) {
            m_instance->addItem(regions.isEmpty() ? host
                                                  : QStringLiteral("%1 (%2)").arg(
                                                        host, regions.join(QStringLiteral(", "))));
            if (host == chosen) { // the choice made stays while its instance does
                m_instance->setCurrentIndex(m_instance->count() - 1);
                m_host = host;
            }
        }
    }
    m_instance->setVisible(instances.size() > 1);
    showUrl();
}

void ExploreLinkPanel::setSelection(const QString& name, const QStringList& group,
                                    const QString& groupLabel) {
    m_name = name;
    m_group = group;
    m_groupLabel = groupLabel;
    retranslateUi();
}

QStringList ExploreLinkPanel::chosenNames() const {
    if (m_name.isEmpty())
        return {};
    return m_scope->currentIndex() == 1 ? m_group : QStringList{m_name};
}

QString ExploreLinkPanel::exploreUrl() const {
    const QStringList names = chosenNames();
    return names.isEmpty() ? QString() : SystemActivityExploreUrl::build(m_host, names);
}

bool ExploreLinkPanel::saveTrackingPlan(const QString& path, QString* error) const {
    QJsonArray schemas;
    for (const QString& name : chosenNames()) {
        if (const EventType* type = m_catalog.find(name))
            schemas.append(SystemActivitySchema::forType(*type, m_catalog, QString()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(schemas).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("The tracking plan could not be written to %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

void ExploreLinkPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExploreLinkPanel::retranslateUi() {
    m_heading->setText(tr("Send to RudderStack"));
    m_instance->setToolTip(tr("The Looker instance the Explore URL opens on"));
    m_scope->setItemText(0, tr("This event type"));
    m_scope->setItemText(
        1, tr("Its group: %1 (%n type(s))", nullptr, int(m_group.size())).arg(m_groupLabel));
    m_copy->setText(tr("Copy Explore URL"));
    m_save->setText(tr("Save tracking plan…"));
    m_save->setToolTip(tr("One JSON Schema per event type: the properties the Rudder System "
                          "Activity action sends, with their types"));
    m_url->setPlaceholderText(tr("Set the Looker host on the Connections page"));
    m_steps->setText(
        tr("<ol style=\"margin-left:-20px\"><li>Open the Explore URL and add a time filter on "
           "<code>event.created_time</code> (for example, the last 2 hours).</li>"
           "<li>Save it as a look, then schedule it: destination <b>Rudder System "
           "Activity</b>, format <b>JSON - Detail</b>, with <b>All results</b>.</li>"
           "<li>Each Looker event is sent once per source, however often the schedules "
           "overlap.</li></ol>"));
    showUrl();
}

void ExploreLinkPanel::showUrl() {
    const QString url = exploreUrl();
    m_url->setText(url);
    m_url->setCursorPosition(0);
    m_copy->setEnabled(!url.isEmpty());
    m_save->setEnabled(!chosenNames().isEmpty());
    m_scope->setEnabled(!m_name.isEmpty());
}

} // namespace ActionDeck
