// SPDX-License-Identifier: MIT
#pragma once

namespace ct::json {

class Value;

// Told of each example placeholder Value::text() reads as empty ("string", "XXXXXXXX"), so
// the reader of a document can report them (ParseContext: one warning per shipment, every
// field named by its path). One observer per thread, installed for the length of a parse
// with Scope; without one, placeholders are read as empty silently.
class PlaceholderObserver
{
public:
    virtual ~PlaceholderObserver() = default;
    virtual void placeholderRead(const Value &value) = 0;

    static PlaceholderObserver *current();

    // Installs an observer for this thread until the scope ends (the previous one after).
    class Scope final
    {
    public:
        explicit Scope(PlaceholderObserver *observer);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        PlaceholderObserver *m_previous;
    };
};

} // namespace ct::json
