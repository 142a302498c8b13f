// The mediation code lists and their labels (translation context "Mediation").
#include "mediation/mediation_codes.h"

#include <QCoreApplication>

namespace ow::mediation {
namespace {

struct Coded
{
    List list;
    const char16_t* code;
    const char* label; // context "Mediation"
};
constexpr Coded kCoded[] = {
    {List::RoomKind, u"mediation_room", QT_TRANSLATE_NOOP("Mediation", "Mediation room")},
    {List::RoomKind, u"brand_studio", QT_TRANSLATE_NOOP("Mediation", "Named mediation studio")},
    {List::RoomKind, u"fast_track_court", QT_TRANSLATE_NOOP("Mediation", "Fast-track court")},
    {List::RoomKind, u"counseling_room", QT_TRANSLATE_NOOP("Mediation", "Counseling room")},
    {List::RoomKind, u"on_site", QT_TRANSLATE_NOOP("Mediation", "On site")},
    {List::RoomKind, u"remote_video", QT_TRANSLATE_NOOP("Mediation", "Remote video")},
    {List::SessionResult, u"continue", QT_TRANSLATE_NOOP("Mediation", "Continue mediating")},
    {List::SessionResult, u"agreement", QT_TRANSLATE_NOOP("Mediation", "Agreement reached")},
    {List::SessionResult, u"failed", QT_TRANSLATE_NOOP("Mediation", "Mediation failed")},
    {List::SessionResult, u"terminated", QT_TRANSLATE_NOOP("Mediation", "Mediation terminated")},
    {List::TerminationReason, u"party_refuses",
     QT_TRANSLATE_NOOP("Mediation", "A party refuses to continue (People's Mediation Law art. 17)")},
    {List::TerminationReason, u"gap_too_wide",
     QT_TRANSLATE_NOOP("Mediation", "The parties' positions are too far apart")},
    {List::TerminationReason, u"withdrawn",
     QT_TRANSLATE_NOOP("Mediation", "The application was withdrawn (Invited Mediation Provisions art. 26)")},
    {List::Route, u"litigation", QT_TRANSLATE_NOOP("Mediation", "Litigation")},
    {List::Route, u"arbitration", QT_TRANSLATE_NOOP("Mediation", "Arbitration")},
    {List::Route, u"administrative", QT_TRANSLATE_NOOP("Mediation", "Administrative handling")},
    {List::FollowupMethod, u"phone", QT_TRANSLATE_NOOP("Mediation", "Phone")},
    {List::FollowupMethod, u"home_visit", QT_TRANSLATE_NOOP("Mediation", "Home visit")},
    {List::FollowupMethod, u"at_center", QT_TRANSLATE_NOOP("Mediation", "At the center")},
    {List::PerformanceState, u"performed", QT_TRANSLATE_NOOP("Mediation", "Performed")},
    {List::PerformanceState, u"partly_performed", QT_TRANSLATE_NOOP("Mediation", "Partly performed")},
    {List::PerformanceState, u"not_performed", QT_TRANSLATE_NOOP("Mediation", "Not performed")},
};

} // namespace

QStringList codes(List list)
{
    QStringList out;
    for (const Coded& c : kCoded)
        if (c.list == list)
            out << QString::fromUtf16(c.code);
    return out;
}

QString label(List list, const QString& code)
{
    for (const Coded& c : kCoded)
        if (c.list == list && code == QStringView(c.code))
            return QCoreApplication::translate("Mediation", c.label);
    return code;
}

} // namespace ow::mediation
