// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <initializer_list>

class QSplitter;

namespace ct {

// A view's nested splitters kept as one setting: each splitter's saveState(), in order, in
// one QDataStream. restore() leaves the splitters as they are when `state` is empty.
namespace SplitterState {

QByteArray save(std::initializer_list<const QSplitter *> splitters);
void restore(const QByteArray &state, std::initializer_list<QSplitter *> splitters);

} // namespace SplitterState

} // namespace ct
