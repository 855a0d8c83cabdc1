#pragma once

#include <QString>

namespace ActionDeck {

/// One vocabulary for the actions across the window: Looker's labels ("Rudder Identify"), as
/// Looker's menus show them; the action's name (rudder_event) goes in a tooltip.
class ActionLabel {
public:
    /// Looker's label of the action `name`; `name` itself for one that is not ours.
    static QString of(const QString& name);
    /// `text` with an action name at its start ("rudder_event execute 12") given by its label.
    static QString leading(const QString& text);
};

} // namespace ActionDeck
