// For GUI tests of modal dialogs: exec() blocks the test, so the test answers the dialog from the
// event loop once it is open.
#pragma once

#include "support/catch.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

namespace ow::test {

// Runs `body` on the modal dialog of type D once it is open; closes it afterwards if still open.
template <typename D> void whenOpen(std::function<void(D*)> body)
{
    QTimer::singleShot(0, [body] {
        auto* d = qobject_cast<D*>(QApplication::activeModalWidget());
        CHECK(d);
        if (!d)
            return;
        QApplication::setActiveWindow(d);
        body(d);
        if (d->isVisible())
            d->reject();
    });
}

// Clicks the Save button of the dialog's `buttonBox`.
inline void clickSave(QDialog* d)
{
    auto* box = d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    CHECK(box);
    if (!box)
        return;
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace ow::test
