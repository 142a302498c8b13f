// For GUI tests of dialogs whose work runs on a thread of their own (ui/widgets/background_work.h).
#pragma once

#include <QElapsedTimer>
#include <QTest>

namespace ow::test {

// Waits, as a user does, until the dialog's work is done and its result is on show (60 s at most);
// false if it is still busy then.
template <class Dialog> bool waitUntilIdle(const Dialog& dialog)
{
    QElapsedTimer waited;
    waited.start();
    while (dialog.busy() && waited.elapsed() < 60000)
        QTest::qWait(10);
    return !dialog.busy();
}

} // namespace ow::test
