#!/usr/bin/env python3
"""Writes a synthetic ledger (台账) CSV in the format of tests/data/ledger_sample.csv, for the
benchmark scripts crash_campaign.sh and concurrency.sh (the rows are those of bench_ledger.cpp).

    python3 tests/bench/make_ledger.py ROWS OUT.csv [--numbers all|none|half] [--offset N]

--numbers: which rows carry a case number (案件编号). Given numbers have six digits,
（2023）乌中矛调字第000123号, so they never look like numbers the program allocates itself (four or five
digits with the default pattern); rows without one are numbered by the import. --offset shifts the
numbers (and the data) so that two ledgers do not share numbers.
"""
import argparse
import datetime

HEADER = ("案件编号,受理日期,案件类型,来源渠道,受理窗口,纠纷类别,申请人,申请人证件号码,申请人电话,"
          "被申请人,涉及人数,所属乡镇,所属村社区,事由摘要,责任部门,状态,期限,办结日期,办结结果,"
          "化解层级,司法确认,满意度")
TYPES = ["人民调解", "信访事项", "诉前调解（委派）", "行政调解", "咨询求助"]
SOURCES = ["来访", "来电（含12345热线）", "网格上报", "来信"]
CATEGORIES = ["邻里", "婚姻家庭", "房屋宅基地", "劳动争议", "草牧场", "民间借贷"]
TOWNSHIPS = ["海流图镇", "乌加河镇", "德岭山镇", "石哈河镇", "甘其毛都镇", "温更镇", "呼勒斯太苏木", "川井苏木"]
SURNAMES = ["张", "王", "李", "赵", "刘", "巴"]
NAMES = ["建国", "秀英", "宝音", "其其格", "志强"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(birth: datetime.date, seq: int) -> str:
    """An 18-digit resident ID with a correct GB 11643 check character."""
    body = "150824" + birth.strftime("%Y%m%d") + "%03d" % (seq % 1000)
    total = sum(int(c) * w for c, w in zip(body, WEIGHTS))
    return body + "10X98765432"[total % 11]


def field(value: str) -> str:
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=int)
    ap.add_argument("out")
    ap.add_argument("--numbers", choices=["all", "none", "half"], default="all")
    ap.add_argument("--offset", type=int, default=0)
    a = ap.parse_args()
    first = datetime.date(2023, 1, 2)
    born = datetime.date(1950, 1, 1)
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER + "\r\n")
        for n in range(a.rows):
            i = n + a.offset
            received = first + datetime.timedelta(days=i % 1000)
            kind = TYPES[i % len(TYPES)]
            closed = i % 3 != 0
            numbered = a.numbers == "all" or (a.numbers == "half" and i % 2 == 1)
            row = [
                "（%d）乌中矛调字第%06d号" % (received.year, i) if numbered else "",
                received.isoformat(),
                kind,
                SOURCES[i % len(SOURCES)],
                "综合受理窗口" if i % 4 else "",
                CATEGORIES[i % len(CATEGORIES)],
                SURNAMES[i % len(SURNAMES)] + NAMES[(i // 7) % len(NAMES)],
                resident_id(born + datetime.timedelta(days=i % 18000), i),
                "13%09d" % (800000000 + i),
                SURNAMES[(i + 1) % len(SURNAMES)] + NAMES[i % len(NAMES)],
                str(1 + i % 3),
                TOWNSHIPS[i % len(TOWNSHIPS)],
                "",
                "第%d号台账记录：双方因%s问题发生争议，经调解员多次上门做工作。" % (i, CATEGORIES[i % len(CATEGORIES)]),
                "司法局",
                "已办结" if closed else "办理中",
                "",
            ]
            if closed:
                mediation = kind not in ("信访事项", "咨询求助")
                row += [
                    (received + datetime.timedelta(days=10)).isoformat(),
                    "解释说明" if kind == "信访事项" else ("调解成功" if mediation else "其他方式化解"),
                    "乡镇",
                    "是" if mediation and i % 5 == 0 else "",
                    "满意",
                ]
            else:
                row += ["", "", "", "", ""]
            f.write(",".join(field(v) for v in row) + "\r\n")


if __name__ == "__main__":
    main()
