// SPDX-License-Identifier: MIT
#include "domesticcountry.h"

#include "geo/postalcodes.h"
#include "geo/timezoneresolver.h"

#include <array>

namespace ct {

namespace {

enum class Evidence : quint8 {
    StateOrPostalCode, // a state or province of the country, or its postal code
    PostalCode,        // the country's postal code only (no state table for it here)
};

struct DomesticCarrier
{
    const char16_t *carrier; // canonical code (domain/carriers.h)
    const char16_t *country;
    Evidence evidence;
};

constexpr auto DomesticCarriers = std::to_array<DomesticCarrier>({
    {u"usps", u"US", Evidence::StateOrPostalCode},
    {u"ontrac", u"US", Evidence::StateOrPostalCode},
    {u"canada-post", u"CA", Evidence::StateOrPostalCode},
    {u"delhivery", u"IN", Evidence::PostalCode},
    {u"bluedart", u"IN", Evidence::PostalCode},
    {u"ecom-express", u"IN", Evidence::PostalCode},
    {u"xpressbees", u"IN", Evidence::PostalCode},
    {u"india-post", u"IN", Evidence::PostalCode},
    {u"royal-mail", u"GB", Evidence::PostalCode},
});

} // namespace

QString DomesticCountry::infer(QStringView carrier, QStringView state, QStringView postalCode)
{
    for (const DomesticCarrier &d : DomesticCarriers) {
        if (carrier != QStringView(d.carrier))
            continue;
        const QStringView country(d.country);
        const bool postal = !postalCode.trimmed().isEmpty() && geo::postalCodeProblem(country, postalCode).isEmpty();
        const bool region = d.evidence == Evidence::StateOrPostalCode
                            && !geo::TimeZoneResolver::stateCode(country, state).isEmpty();
        // A postal code of another shape says the place is elsewhere, whatever the state.
        if (!postalCode.trimmed().isEmpty() && !postal)
            return {};
        return postal || region ? country.toString() : QString();
    }
    return {};
}

} // namespace ct
