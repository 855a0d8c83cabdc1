#pragma once

#include "catalog/eventcatalog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace ActionDeck {

class EventTypeFilterModel;
class ExploreLinkPanel;
class EventTypeListModel;
class MatchHighlightDelegate;

/// Looker's System Activity event types: instant search with highlighted matches, a filter by
/// the object events concern, and for the selected type its trigger, attributes, the attributes
/// every event has and where to find it in Looker's Explores. Its language follows the UI's.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillCategories();
    void applyFilter();
    void showSelected();
    QString detailsHtml(const EventType& type) const;
    QString highlighted(const QString& text) const;

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
};

} // namespace ActionDeck
