#pragma once

#include "model/commands/command.h"
#include "model/commands/editsession.h"
#include "model/compat/fixer.h"

#include <functional>

namespace ovf::compat {

// Internal to the Fixer: one Make-Compatible run over a session.
class FixRun
{
    Q_DECLARE_TR_FUNCTIONS(ovf::compat::Fixer)

public:
    FixRun(commands::EditSession &session, const Profile &profile, const PackageFacts &facts, FixOutcome &outcome)
        : session(session), profile(profile), facts(facts), outcome(outcome)
    {
    }

    // Pushes a made command (it executes at once, so the next fix sees its result) and
    // records `change`; a refused command is recorded as a failure.
    template<class T>
    bool push(commands::Made<T> made, const QString &change)
    {
        if (auto pushed = session.push(std::move(made)); !pushed) {
            outcome.failures << pushed.error();
            return false;
        }
        if (!change.isEmpty())
            outcome.changes << change;
        return true;
    }
    // Runs `steps`, which push() their commands, as one undo step named `text`. When a step is
    // refused (`steps` returns false; push() has recorded why), the steps done before it are
    // taken back, so a fix is made whole or not at all.
    bool compound(const QString &text, const std::function<bool()> &steps)
    {
        return session
            .compound(text,
                      [&]() -> commands::EditSession::Outcome {
                          if (steps())
                              return {};
                          return std::unexpected(QString());
                      })
            .has_value();
    }
    QList<Finding> lint() const;

    commands::EditSession &session;
    const Profile &profile;
    const PackageFacts &facts;
    FixOutcome &outcome;
};

// "line 12" for an element read from the source, else its path.
QString whereText(const Finding &f);

// fixes_structure.cpp
void convertToOvf1(FixRun &run);
void unwrapCollection(FixRun &run, const Finding &f);

} // namespace ovf::compat
