// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace ct::geo {

// The key a place name is looked up by, the same for the gazetteer's names and for what
// carriers send: accents dropped (Köln, Koln), ß as ss, lower case, punctuation and
// underscores as single spaces, and the usual abbreviations written out (St./Saint,
// Ste./Sainte, Ft./Fort, Mt./Mount). "St. Louis" and "SAINT-LOUIS" give "saint louis".
QString placeKey(QStringView name);

// Second chances for a name that did not match as given, most specific first: German
// transliterations folded (Koeln as Koln), carriers' facility words dropped ("Memphis Hub",
// "Bhiwandi_Mankoli_HB"), then the name shortened word by word from the end ("Bhiwandi
// Mankoli"). Each is a placeKey; the first is the key of the name as given.
QStringList placeKeyCandidates(QStringView name);

// The English name of a place a carrier writes in another form ("bombay", "nyc",
// "cologne"), as a placeKey; empty when there is none.
QString placeAlias(const QString &key);

} // namespace ct::geo
