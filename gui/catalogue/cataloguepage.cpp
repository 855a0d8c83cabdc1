#include "gui/catalogue/cataloguepage.h"

#include "gui/catalogue/eventtypefiltermodel.h"
#include "gui/catalogue/eventtypelistmodel.h"
#include "gui/catalogue/explorelinkpanel.h"
#include "gui/lookerlink/lookeraccount.h"
#include "gui/lookerlink/lookercall.h"
#include "gui/lookerlink/lookertext.h"
#include "gui/widgets/matchhighlightdelegate.h"
#include "lookerapi/lookersystemactivity.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ActionDeck {

CataloguePage::CataloguePage(const EventCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_model(new EventTypeListModel(catalog, this))
    , m_filter(new EventTypeFilterModel(this))
    , m_delegate(new MatchHighlightDelegate(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
    , m_copy(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_title(new QLabel(this))
    , m_explore(new ExploreLinkPanel(catalog, this))
    , m_countButton(new QPushButton(this))
    , m_sort(new QComboBox(this))
    , m_lookerStatus(new QLabel(this))
    , m_previewEvents(new QPushButton(this)) {
    m_countButton->setObjectName(QStringLiteral("catalogueCount"));
    m_sort->setObjectName(QStringLiteral("catalogueSort"));
    m_lookerStatus->setObjectName(QStringLiteral("catalogueLookerStatus"));
    m_previewEvents->setObjectName(QStringLiteral("cataloguePreviewEvents"));
    m_lookerStatus->setWordWrap(true);
    m_sort->addItem(QString(), false);
    m_sort->addItem(QString(), true);
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_category->setObjectName(QStringLiteral("catalogueCategory"));
    m_list->setObjectName(QStringLiteral("catalogueList"));
    m_details->setObjectName(QStringLiteral("catalogueDetails"));
    m_copy->setObjectName(QStringLiteral("catalogueCopy"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_details->setOpenLinks(false);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category, 1);
    auto* looker = new QHBoxLayout;
    looker->addWidget(m_countButton);
    looker->addWidget(m_sort);
    looker->addWidget(m_lookerStatus, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addWidget(m_count);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_previewEvents);
    heading->addWidget(m_copy);
    rightLayout->addLayout(heading);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_explore);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(looker);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CataloguePage::showSelected);
    connect(m_countButton, &QPushButton::clicked, this, &CataloguePage::countInLooker);
    connect(m_previewEvents, &QPushButton::clicked, this, &CataloguePage::previewSelectedEvents);
    connect(m_sort, &QComboBox::activated, this,
            [this] { setSortByCount(m_sort->currentData().toBool()); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            QApplication::clipboard()->setText(selectedName());
    });

    retranslateUi();
    m_list->setCurrentIndex(m_filter->index(0, 0));
}

void CataloguePage::setLookerAccount(LookerAccount* account) {
    if (m_looker)
        disconnect(m_looker, nullptr, this, nullptr);
    m_looker = account;
    if (account)
        connect(account, &LookerAccount::changed, this, &CataloguePage::updateLookerButtons);
    updateLookerButtons();
}

void CataloguePage::updateLookerButtons() {
    const bool ready = m_looker && m_looker->isComplete() && !m_asking;
    m_countButton->setEnabled(ready);
    m_previewEvents->setEnabled(ready && !selectedName().isEmpty());
    const QString why = m_looker && m_looker->isComplete() ? QString()
                                                           : tr("Connect to Looker's API on the "
                                                                "Looker page first");
    m_countButton->setToolTip(why.isEmpty() ? tr("Ask Looker's System Activity how often each "
                                                 "event type occurred in the last 7 days")
                                            : why);
    m_previewEvents->setToolTip(why.isEmpty() ? tr("Run the Event Attribute query for this type "
                                                   "and preview what the System Activity action "
                                                   "would send")
                                              : why);
    m_sort->setEnabled(m_model->counted());
}

void CataloguePage::setLookerStatus(std::function<QString()> text, bool error) {
    m_lookerStatusText = std::move(text);
    m_lookerStatus->setText(m_lookerStatusText ? m_lookerStatusText() : QString());
    m_lookerStatus->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

QString CataloguePage::lookerStatus() const {
    return m_lookerStatus->text();
}

void CataloguePage::setSortByCount(bool byCount) {
    m_sort->setCurrentIndex(byCount ? 1 : 0);
    m_filter->setSortByCount(byCount && m_model->counted());
}

void CataloguePage::countInLooker() {
    if (!m_looker || !m_looker->isComplete() || m_asking)
        return;
    m_asking = true;
    updateLookerButtons();
    setLookerStatus([] { return tr("Asking Looker's System Activity…"); });
    lookerCall<LookerSystemActivity::Counts>(
        *m_looker,
        [](LookerApiClient& api) { return (new LookerSystemActivity(api, &api))->eventCounts(); },
        this,
        [this](const LookerSystemActivity::Counts& counts) {
            m_asking = false;
            if (!counts.ok()) {
                setLookerStatus([error = counts.error] { return LookerText::error(error); }, true);
                updateLookerButtons();
                return;
            }
            m_activityModel = counts.model;
            m_model->setCounts(counts.byName);
            qint64 seen = 0;
            for (const EventType& type : m_catalog.data().types)
                seen += counts.byName.value(type.name) > 0 ? 1 : 0;
            const qint64 total = qint64(m_catalog.data().types.size());
            setLookerStatus([seen, total] {
                return tr("%1 of %2 event types occurred in the last 7 days.")
                    .arg(QLocale().toString(seen), QLocale().toString(total));
            });
            setSortByCount(true);
            // The most frequent type first, and shown.
            m_list->setCurrentIndex(m_filter->index(0, 0));
            m_list->scrollToTop();
            updateLookerButtons();
        });
}

void CataloguePage::previewSelectedEvents() {
    const QString name = selectedName();
    if (!m_looker || !m_looker->isComplete() || m_asking || name.isEmpty())
        return;
    m_asking = true;
    updateLookerButtons();
    setLookerStatus([name] { return tr("Asking Looker for the last %1 events…").arg(name); });
    const QString model = m_activityModel;
    lookerCall<LookerSystemActivity::Events>(
        *m_looker,
        [name, model](LookerApiClient& api) {
            return (new LookerSystemActivity(api, &api))->events(name, model);
        },
        this,
        [this, name](const LookerSystemActivity::Events& events) {
            m_asking = false;
            updateLookerButtons();
            if (!events.ok()) {
                setLookerStatus([error = events.error] { return LookerText::error(error); }, true);
                return;
            }
            setLookerStatus({});
            emit previewEvents(events.jsonDetail, name);
        });
}

void CataloguePage::setLanguage(EventCatalog::Language language) {
    m_language = language;
    m_model->setLanguage(language);
    fillCategories();
    applyFilter();
}

void CataloguePage::setLookerInstances(const QList<std::pair<QString, QStringList>>& instances) {
    m_explore->setLookerInstances(instances);
}

QString CataloguePage::selectedName() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(EventTypeListModel::NameRole).toString() : QString();
}

void CataloguePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CataloguePage::retranslateUi() {
    m_search->setPlaceholderText(tr("Search names, triggers and attributes"));
    m_copy->setText(tr("Copy name"));
    m_countButton->setText(tr("Count in Looker"));
    m_previewEvents->setText(tr("Preview its events"));
    m_sort->setItemText(0, tr("By name"));
    m_sort->setItemText(1, tr("Most frequent first"));
    if (m_lookerStatusText)
        m_lookerStatus->setText(m_lookerStatusText());
    updateLookerButtons();
    m_copy->setToolTip(
        tr("Copy the event type's name, to filter event.name in a System Activity Explore"));
    setLanguage(QLocale().language() == QLocale::Spanish ? EventCatalog::Language::Spanish
                                                         : EventCatalog::Language::English);
}

void CataloguePage::fillCategories() {
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All groups (%1)").arg(m_catalog.data().types.size()), QString());
    for (const QString& category : EventCatalog::categories()) {
        const qsizetype count = m_catalog.search({}, m_language, category).size();
        if (count > 0)
            m_category->addItem(
                tr("%1 (%2)").arg(EventCatalog::categoryLabel(category, m_language)).arg(count),
                category);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void CataloguePage::applyFilter() {
    const QString selected = selectedName();
    m_filter->setSearchText(m_search->text());
    m_filter->setCategory(m_category->currentData().toString());
    m_delegate->setWords(m_filter->searchWords());
    m_list->viewport()->update();
    m_count->setText(tr("%n event type(s)", nullptr, m_filter->rowCount()));
    // Keep the selection when it still matches, else select the first match.
    QModelIndex keep;
    for (int row = 0; row < m_filter->rowCount() && !keep.isValid(); ++row) {
        if (m_filter->index(row, 0).data(EventTypeListModel::NameRole).toString() == selected)
            keep = m_filter->index(row, 0);
    }
    m_list->setCurrentIndex(keep.isValid() ? keep : m_filter->index(0, 0));
    showSelected();
}

void CataloguePage::showSelected() {
    const QModelIndex current = m_filter->mapToSource(m_list->currentIndex());
    const EventType* type = m_model->typeAt(current);
    m_copy->setEnabled(type != nullptr);
    updateLookerButtons();
    m_title->setText(type ? type->name : tr("No event type matches"));
    m_details->setHtml(type ? detailsHtml(*type) : QString());
    QStringList group;
    if (type) {
        for (const EventType* member : m_catalog.search({}, m_language, type->category))
            group.append(member->name);
    }
    m_explore->setSelection(type ? type->name : QString(), group,
                            type ? EventCatalog::categoryLabel(type->category, m_language)
                                 : QString());
}

QString CataloguePage::highlighted(const QString& text) const {
    QString html;
    int position = 0;
    for (const auto& [start, length] :
         MatchHighlightDelegate::matches(text, m_filter->searchWords())) {
        html += text.mid(position, start - position).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:#ffe282\">") +
                text.mid(start, length).toHtmlEscaped() + QStringLiteral("</span>");
        position = start + length;
    }
    return html + text.mid(position).toHtmlEscaped();
}

QString CataloguePage::detailsHtml(const EventType& type) const {
    const auto table = [this](const QList<EventAttribute>& attributes, bool highlight) {
        QString rows;
        for (const EventAttribute& a : attributes)
            rows +=
                QStringLiteral(
                    "<tr><td style=\"padding:2px 12px 2px 0\"><code>%1</code></td><td>%2</td></tr>")
                    .arg(highlight ? highlighted(a.name) : a.name.toHtmlEscaped(),
                         EventCatalog::description(a, m_language).toHtmlEscaped());
        return QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(rows);
    };
    QString html;
    html +=
        QStringLiteral("<p style=\"color:#555\">%1 · <code>%2</code></p>")
            .arg(EventCatalog::categoryLabel(type.category, m_language).toHtmlEscaped(), type.verb);
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Trigger"), highlighted(EventCatalog::trigger(type, m_language)));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Attributes"));
    html +=
        type.attributes.isEmpty()
            ? QStringLiteral("<p>%1</p>").arg(tr("This event type has no attributes of its own."))
            : table(type.attributes, true);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Attributes every event has"));
    html += table(m_catalog.data().common, false);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Finding it in Looker"));
    html +=
        tr("<p>In the <code>system__activity</code> model, the <b>Event</b> Explore lists events "
           "(<code>event.name</code>, <code>event.category</code>, "
           "<code>event.created_time</code>); "
           "the <b>Event Attribute</b> Explore adds each event's attributes "
           "(<code>event_attribute.name</code>, <code>event_attribute.value</code>). Filter "
           "<code>event.name</code> on <code>%1</code>. The same Explores exist as "
           "<code>/explore/i__looker/event</code> and "
           "<code>/explore/i__looker/event_attribute</code>; "
           "seeing them needs the <code>see_system_activity</code> permission.</p>")
            .arg(type.name.toHtmlEscaped());
    html +=
        QStringLiteral("<p style=\"color:#777; font-size:small\">%1</p>")
            .arg(tr("Source: %1 (%2).")
                     .arg(m_catalog.data().source.toHtmlEscaped(), m_catalog.data().sourceDate));
    return html;
}

} // namespace ActionDeck
