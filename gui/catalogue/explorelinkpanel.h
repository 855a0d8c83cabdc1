#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ActionDeck {

class EventCatalog;

/// The catalogue's way to RudderStack: the Event Attribute Explore URL on the user's Looker
/// instance for the selected event type or its whole group (with the fields the Rudder System
/// Activity action reads), a button that copies it, one that saves their tracking plan (JSON
/// Schema) to a file, and the steps that schedule it to the action.
class ExploreLinkPanel : public QWidget {
    Q_OBJECT

public:
    explicit ExploreLinkPanel(const EventCatalog& catalog, QWidget* parent = nullptr);

    /// The configuration's `lookerHost`; empty: the panel says where to set it.
    void setLookerHost(const QString& host);
    /// The Looker instances of the configuration (HubConfig::lookerInstances): with more than
    /// one, a choice of which the URL points at.
    void setLookerInstances(const QList<std::pair<QString, QStringList>>& instances);
    /// The selected type (empty for none) and the names and label of its group.
    void setSelection(const QString& name, const QStringList& group, const QString& groupLabel);

    /// The event types the URL and the plan are for: the selected one or its group.
    QStringList chosenNames() const;
    QString exploreUrl() const;
    /// Writes the tracking plan of chosenNames() to `path`; false, with `error`, when it cannot.
    bool saveTrackingPlan(const QString& path, QString* error) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showUrl();

    const EventCatalog& m_catalog;
    QString m_host;
    QString m_name;
    QStringList m_group;
    QString m_groupLabel;
    QLabel* m_heading;
    QComboBox* m_scope;
    QList<std::pair<QString, QStringList>> m_instances;
    QComboBox* m_instance;
    QLineEdit* m_url;
    QPushButton* m_copy;
    QPushButton* m_save;
    QLabel* m_steps;
};

} // namespace ActionDeck
