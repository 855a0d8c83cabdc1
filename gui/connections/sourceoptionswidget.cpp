#include "gui/connections/sourceoptionswidget.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace ActionDeck {

SourceOptionsWidget::SourceOptionsWidget(QWidget* parent)
    : QWidget(parent)
    , m_propertyNamesLabel(new QLabel(this))
    , m_propertyNames(new QComboBox(this))
    , m_sendRowsLabel(new QLabel(this))
    , m_sendRows(new QComboBox(this))
    , m_lookerContextLabel(new QLabel(this))
    , m_lookerContext(new QComboBox(this))
    , m_renameLabel(new QLabel(this))
    , m_rename(new QPlainTextEdit(this))
    , m_renameProblem(new QLabel(this)) {
    m_propertyNames->setObjectName(QStringLiteral("sourcePropertyNames"));
    m_sendRows->setObjectName(QStringLiteral("sourceSendRows"));
    m_lookerContext->setObjectName(QStringLiteral("sourceLookerContext"));
    m_rename->setObjectName(QStringLiteral("sourceRename"));
    m_renameProblem->setObjectName(QStringLiteral("sourceRenameProblem"));
    for (const PropertyNames style : kPropertyNamesStyles)
        m_propertyNames->addItem(QString(), int(style));
    for (const SendRows rows : kSendRowsChoices)
        m_sendRows->addItem(QString(), int(rows));
    m_lookerContext->addItem(QString(), false);
    m_lookerContext->addItem(QString(), true);
    m_rename->setTabChangesFocus(true);
    m_rename->setMaximumHeight(m_rename->fontMetrics().lineSpacing() * 5);
    m_renameProblem->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_propertyNamesLabel, m_propertyNames);
    form->addRow(m_renameLabel, m_rename);
    form->addRow(QString(), m_renameProblem);
    form->addRow(m_sendRowsLabel, m_sendRows);
    form->addRow(m_lookerContextLabel, m_lookerContext);

    connect(m_rename, &QPlainTextEdit::textChanged, this, &SourceOptionsWidget::checkRename);
    retranslateUi();
}

void SourceOptionsWidget::showOptions(const SourceConfig& source) {
    m_propertyNames->setCurrentIndex(m_propertyNames->findData(int(source.propertyNames)));
    m_sendRows->setCurrentIndex(m_sendRows->findData(int(source.sendRows)));
    m_lookerContext->setCurrentIndex(m_lookerContext->findData(source.lookerContext));
    m_rename->setPlainText(renameText(source.rename));
}

bool SourceOptionsWidget::applyTo(SourceConfig& source, QString* error) const {
    QString why;
    const QMap<QString, QString> rename = parseRename(m_rename->toPlainText(), &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    source.propertyNames = static_cast<PropertyNames>(m_propertyNames->currentData().toInt());
    source.sendRows = static_cast<SendRows>(m_sendRows->currentData().toInt());
    source.lookerContext = m_lookerContext->currentData().toBool();
    source.rename = rename;
    return true;
}

QMap<QString, QString> SourceOptionsWidget::parseRename(const QString& text, QString* error) {
    QMap<QString, QString> rename;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString field = line.left(equals).trimmed();
        const QString name = equals < 0 ? QString() : line.mid(equals + 1).trimmed();
        if (field.isEmpty() || name.isEmpty()) {
            if (error)
                *error = tr("Rename, line %1: write field = name, e.g. users.plan = plan_tier.")
                             .arg(i + 1);
            return {};
        }
        rename.insert(field, name);
    }
    return rename;
}

QString SourceOptionsWidget::renameText(const QMap<QString, QString>& rename) {
    QStringList lines;
    for (auto it = rename.begin(); it != rename.end(); ++it)
        lines.append(it.key() + QStringLiteral(" = ") + it.value());
    return lines.join(u'\n');
}

QString SourceOptionsWidget::summary(const SourceConfig& source) {
    QStringList parts;
    switch (source.propertyNames) {
    case PropertyNames::Looker:
        parts.append(tr("Looker's names"));
        break;
    case PropertyNames::Field:
        parts.append(tr("field names"));
        break;
    case PropertyNames::SnakeLabel:
        parts.append(tr("snake_case labels"));
        break;
    case PropertyNames::CamelLabel:
        parts.append(tr("camelCase labels"));
        break;
    }
    if (!source.rename.isEmpty())
        parts.append(tr("%n field(s) renamed", nullptr, int(source.rename.size())));
    if (source.sendRows == SendRows::Changed)
        parts.append(tr("changed rows only"));
    if (source.lookerContext)
        parts.append(tr("with Looker context"));
    return parts.join(QStringLiteral(", "));
}

void SourceOptionsWidget::checkRename() {
    QString why;
    parseRename(m_rename->toPlainText(), &why);
    m_renameProblem->setText(why);
    m_renameProblem->setVisible(!why.isEmpty());
    emit renameChecked(why.isEmpty());
}

void SourceOptionsWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SourceOptionsWidget::retranslateUi() {
    m_propertyNamesLabel->setText(tr("Property names"));
    m_propertyNames->setItemText(0, tr("As Looker names them (users.email)"));
    m_propertyNames->setItemText(1, tr("Field name without the view (email)"));
    m_propertyNames->setItemText(2, tr("Label in snake_case (users_email)"));
    m_propertyNames->setItemText(3, tr("Label in camelCase (usersEmail)"));
    m_propertyNames->setToolTip(tr("How traits and properties are named when an action's form "
                                   "leaves \"Property names\" at the source's setting"));
    m_renameLabel->setText(tr("Rename"));
    m_rename->setPlaceholderText(tr("users.plan = plan_tier\none line per field, as Looker names "
                                    "it; applied after the style"));
    m_sendRowsLabel->setText(tr("Rows to send"));
    m_sendRows->setItemText(0, tr("All rows"));
    m_sendRows->setItemText(1, tr("Only rows new or changed since the schedule's last run"));
    m_lookerContextLabel->setText(tr("Looker context"));
    m_lookerContext->setItemText(0, tr("No"));
    m_lookerContext->setItemText(1, tr("Add context.looker (schedule, query, look)"));
    checkRename();
}

} // namespace ActionDeck
