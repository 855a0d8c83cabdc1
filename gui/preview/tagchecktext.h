#pragma once

#include "rudder/calltype.h"
#include "rudder/tagcheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ActionDeck {

/// The tag check in the window's language: which fields carry the identity tags, and what an
/// action lacks with the fix in LookML words (the LookML itself stays as Looker spells it).
class TagCheckText {
    Q_DECLARE_TR_FUNCTIONS(ActionDeck::TagCheckText)

public:
    /// "Tags: user_id on users.id · email on users.email"; empty when no field is tagged.
    static QString tagged(const TagCheck::Result& result);
    /// One sentence per gap, for `call`.
    static QStringList missing(const TagCheck::Result& result, CallType call);
    /// "add `tags: ["user_id"]` to dimension `users.id` in view `users`", in words.
    static QString fix(const JsonDetailField& field, const QString& tag);
};

} // namespace ActionDeck
