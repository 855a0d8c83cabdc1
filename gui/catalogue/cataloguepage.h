#pragma once

#include "catalog/eventcatalog.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace ActionDeck {

class EventTypeFilterModel;
class LookerAccount;
class ExploreLinkPanel;
class EventTypeListModel;
class MatchHighlightDelegate;

/// Looker's System Activity event types: instant search with highlighted matches, a filter by
/// the object events concern, and for the selected type its trigger, attributes, the attributes
/// every event has and where to find it in Looker's Explores. With a Looker connection, how often
/// each type occurred in the last 7 days (sortable; types never seen marked) and a type's events
/// as the System Activity action would send them. Its language follows the UI's.
class CataloguePage : public QWidget {
    Q_OBJECT

public:
    explicit CataloguePage(const EventCatalog& catalog, QWidget* parent = nullptr);

    void setLanguage(EventCatalog::Language language);
    /// The name of the selected type, or empty.
    QString selectedName() const;
    /// The Looker instances the Explore URLs may point at (HubConfig::lookerInstances).
    void setLookerInstances(const QList<std::pair<QString, QStringList>>& instances);
    ExploreLinkPanel* exploreLinks() const { return m_explore; }
    /// The window's Looker connection, which counts and previews ask (null: none).
    void setLookerAccount(LookerAccount* account);
    /// Counts each type's events of the last 7 days in Looker's System Activity.
    void countInLooker();
    /// Runs the Event Attribute query for the selected type; previewEvents() follows.
    void previewSelectedEvents();
    void setSortByCount(bool byCount);
    bool isAskingLooker() const { return m_asking; }
    /// What the Looker line says now.
    QString lookerStatus() const;

signals:
    /// A type's last events as a json_detail of the Event Attribute explore, for Preview.
    void previewEvents(const QByteArray& jsonDetail, const QString& eventName);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillCategories();
    void applyFilter();
    void showSelected();
    QString detailsHtml(const EventType& type) const;
    QString highlighted(const QString& text) const;
    void setLookerStatus(std::function<QString()> text, bool error = false);
    void updateLookerButtons();

    const EventCatalog& m_catalog;
    EventCatalog::Language m_language = EventCatalog::Language::English;
    EventTypeListModel* m_model;
    EventTypeFilterModel* m_filter;
    MatchHighlightDelegate* m_delegate;
    QLineEdit* m_search;
    QComboBox* m_category;
    QListView* m_list;
    QTextBrowser* m_details;
    QPushButton* m_copy;
    QLabel* m_count;
    QLabel* m_title;
    ExploreLinkPanel* m_explore;
    LookerAccount* m_looker = nullptr;
    QString m_activityModel; ///< the model that answered the counts
    bool m_asking = false;
    std::function<QString()> m_lookerStatusText;
    QPushButton* m_countButton;
    QComboBox* m_sort;
    QLabel* m_lookerStatus;
    QPushButton* m_previewEvents;
};

} // namespace ActionDeck
