// SPDX-License-Identifier: MIT
#include "splitterstate.h"

#include <QDataStream>
#include <QIODevice>
#include <QSplitter>

namespace ct::SplitterState {

QByteArray save(std::initializer_list<const QSplitter *> splitters)
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    for (const QSplitter *splitter : splitters)
        out << splitter->saveState();
    return state;
}

void restore(const QByteArray &state, std::initializer_list<QSplitter *> splitters)
{
    if (state.isEmpty())
        return;
    QDataStream in(state);
    for (QSplitter *splitter : splitters) {
        QByteArray one;
        in >> one;
        splitter->restoreState(one);
    }
}

} // namespace ct::SplitterState
