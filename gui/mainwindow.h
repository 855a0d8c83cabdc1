#pragma once

#include <QLocale>
#include <QMainWindow>
#include <QTranslator>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ActionDeck {

class CataloguePage;
class EventCatalog;

/// The application window: a side bar of pages, a status bar, and the language menu.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const EventCatalog& catalog, QWidget* parent = nullptr);

    /// Switches the UI (and the catalogue's texts) to English or Spanish at run time.
    void setLanguage(QLocale::Language language);
    CataloguePage* cataloguePage() const { return m_catalogue; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTranslator m_translator;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    CataloguePage* m_catalogue = nullptr;
    QLabel* m_versionLabel = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_english = nullptr;
    QAction* m_spanish = nullptr;
};

} // namespace ActionDeck
