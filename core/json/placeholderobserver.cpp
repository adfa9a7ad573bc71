// SPDX-License-Identifier: MIT
#include "placeholderobserver.h"

namespace ct::json {

namespace {

thread_local PlaceholderObserver *t_observer = nullptr;

} // namespace

PlaceholderObserver *PlaceholderObserver::current()
{
    return t_observer;
}

PlaceholderObserver::Scope::Scope(PlaceholderObserver *observer) : m_previous(t_observer)
{
    t_observer = observer;
}

PlaceholderObserver::Scope::~Scope()
{
    t_observer = m_previous;
}

} // namespace ct::json
