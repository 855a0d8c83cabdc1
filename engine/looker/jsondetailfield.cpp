#include "looker/jsondetailfield.h"

#include <algorithm>

namespace ActionDeck {

bool JsonDetailField::hasTag(std::string_view tag) const {
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

} // namespace ActionDeck
