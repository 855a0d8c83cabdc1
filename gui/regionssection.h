#pragma once

#include "hub/hubconfig.h"

#include <QByteArray>
#include <QGroupBox>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace ActionDeck {

/// The Connections page's Looker regions and their tokens (masked unless shown), with the Action
/// Hub URL to paste into Looker, and each region's own Looker host. Adding regions, making or
/// revoking tokens and changing a host are the page's: the section only asks.
class RegionsSection : public QGroupBox {
    Q_OBJECT

public:
    explicit RegionsSection(QWidget* parent = nullptr);

    /// Lists `regions`, keeping the selected one (the first when none was).
    void showRegions(const QList<RegionConfig>& regions);
    void selectRegion(const QString& name);
    QString selectedRegion() const;
    QByteArray selectedToken() const;
    void clearNewRegionName();
    void setHubUrl(const QString& url);

signals:
    void addRegionRequested(const QString& name);
    void generateRequested(const QString& region);
    void revokeRequested(const QString& region, const QByteArray& token);
    /// The region's Looker host cell was edited (where regions are different Looker instances).
    void lookerHostEdited(const QString& region, const QString& host);
    /// Words for the page's status line.
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillRegions();
    void fillTokens();

    QList<RegionConfig> m_shown;
    bool m_revealTokens = false;

    QTableWidget* m_regions;
    QLineEdit* m_newRegion;
    QPushButton* m_addRegion;
    QTableWidget* m_tokens;
    QPushButton* m_generate;
    QPushButton* m_copyToken;
    QToolButton* m_showTokens;
    QPushButton* m_revoke;
    QLabel* m_hubUrlLabel;
    QLineEdit* m_hubUrl;
    QPushButton* m_copyHubUrl;
};

} // namespace ActionDeck
