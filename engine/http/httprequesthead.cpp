#include "http/httprequesthead.h"

namespace ActionDeck {

QByteArray HttpRequestHead::value(QByteArrayView name) const {
    for (const auto& [field, value] : fields) {
        if (field.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace ActionDeck
