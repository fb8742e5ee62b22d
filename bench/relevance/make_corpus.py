#!/usr/bin/env python3
"""Writes the relevance corpus (corpus.json) and the labelled triage corpus (triage.json) from the
problems in topics.py, deterministically (fixed seed): articles and tickets in Chinese and English
across the 16 subcategories, and queries with their judged answers (every document written about the
query's problem in the query's language). Run: python3 bench/relevance/make_corpus.py"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from topics import T  # noqa: E402

CATEGORY = {
    "SOFTWARE_BUG": "SYSTEM_FAULT", "DATA_ANOMALY": "SYSTEM_FAULT", "INTEGRATION_FAILURE": "SYSTEM_FAULT",
    "CRASH": "SYSTEM_FAULT", "LOGIN_FAILURE": "SYSTEM_FAULT", "SYNC_FAILURE": "SYSTEM_FAULT",
    "HOW_TO": "OPERATION_GUIDANCE", "TRAINING_REQUEST": "OPERATION_GUIDANCE",
    "PERMISSION_CONFIGURATION": "OPERATION_GUIDANCE", "CLIENT_INSTALLATION": "ENVIRONMENT_CONFIGURATION",
    "NETWORK_SETTINGS": "ENVIRONMENT_CONFIGURATION", "DRIVER_UPDATE": "ENVIRONMENT_CONFIGURATION",
    "COMPATIBILITY": "ENVIRONMENT_CONFIGURATION", "IMPROVEMENT_SUGGESTION": "REQUIREMENT_REQUEST",
    "NEW_FEATURE": "REQUIREMENT_REQUEST", "CROSS_DEPARTMENT": "REQUIREMENT_REQUEST",
}
# the group that finally resolved tickets of each subcategory (the triage corpus's label), and the
# urgency people most often give a category
GROUP = {"SOFTWARE_BUG": "applications", "DATA_ANOMALY": "applications", "INTEGRATION_FAILURE": "operations",
         "CRASH": "operations", "LOGIN_FAILURE": "tier1", "SYNC_FAILURE": "operations", "HOW_TO": "tier1",
         "TRAINING_REQUEST": "training", "PERMISSION_CONFIGURATION": "tier1", "CLIENT_INSTALLATION": "tier1",
         "NETWORK_SETTINGS": "operations", "DRIVER_UPDATE": "tier1", "COMPATIBILITY": "tier1",
         "IMPROVEMENT_SUGGESTION": "applications", "NEW_FEATURE": "applications", "CROSS_DEPARTMENT": "tier3"}
URGENCY = {"SYSTEM_FAULT": ["URGENT", "IMPORTANT", "IMPORTANT"], "OPERATION_GUIDANCE": ["NORMAL"],
           "ENVIRONMENT_CONFIGURATION": ["IMPORTANT", "NORMAL"], "REQUIREMENT_REQUEST": ["NORMAL"]}

ZH = dict(
    when=["今天上午", "昨天下午开始", "从周一起", "刚才", "升级之后", "这两天"],
    who=["财务部同事", "我", "销售部的几位同事", "仓库这边", "我们组", "客服中心"],
    tried=["重启电脑", "清除缓存", "换了一台电脑", "重新登录", "联系了同事", "重装了一遍"],
    filler=["请尽快处理，谢谢。", "影响日常工作，麻烦看一下。", "附件是截图。", "急，月底要结账。", ""],
    title=["{obj}{prob}", "{obj}{prob}，提示{err}", "【求助】{obj}{prob}", "{who}的{obj}{prob}"],
    desc="{when}{who}发现{obj}{prob}。报错信息：“{err}”。已经试过{tried}，问题依旧。{filler}",
    atitle=["{obj}{prob}的处理方法", "解决{obj}{prob}", "{obj}{prob}（{err}）"],
    symptoms="{obj}{prob}，界面提示“{err}”。",
    prevention=["定期检查系统更新。", "遇到类似问题先查看知识库。", "变更前通知服务台。"],
)
EN = dict(
    when=["this morning", "since yesterday afternoon", "since Monday", "just now", "after the upgrade", "for two days"],
    who=["a colleague in finance", "I", "several people in sales", "the warehouse team", "our team", "the call center"],
    tried=["restarting the computer", "clearing the cache", "another computer", "logging in again",
           "asking a colleague", "reinstalling"],
    filler=["Please help as soon as possible.", "This blocks our daily work.", "Screenshot attached.",
            "Urgent, month-end closing is due.", ""],
    title=["{Obj} {prob}", "{Obj} {prob}: {err}", "Help: {obj} {prob}", "{Obj} {prob} for {who}"],
    desc="{When}, {who} noticed that the {obj} {prob}. The error says \"{err}\". We already tried {tried}; it did not help. {filler}",
    atitle=["How to fix: {obj} {prob}", "{Obj} {prob} - solution", "{Obj} {prob} ({err})"],
    symptoms="The {obj} {prob}; the screen shows \"{err}\".",
    prevention=["Check for system updates regularly.", "Look in the knowledge base first for similar problems.",
                "Tell the service desk before a change."],
)
ARTICLES_PER_LANG = 3
TICKETS_PER_LANG = 6
TRIAGE_PER_LANG = 20  # per topic and language: 32 * 2 * 20 = 1,280 labelled tickets


def fill(rnd, words, topic, template):
    obj = rnd.choice(topic["obj"])
    values = dict(obj=obj, Obj=obj[:1].upper() + obj[1:], prob=rnd.choice(topic["prob"]),
                  err=rnd.choice(topic["err"]), when=rnd.choice(words["when"]), who=rnd.choice(words["who"]),
                  tried=rnd.choice(words["tried"]), filler=rnd.choice(words["filler"]))
    values["When"] = values["when"][:1].upper() + values["when"][1:]
    return template.format(**values).strip()


def ticket(rnd, words, topic, lang, sub):
    return dict(lang=lang, topic=topic["key"], subcategory=sub, category=CATEGORY[sub],
                title=fill(rnd, words, topic[lang], rnd.choice(words["title"]))[:200],
                description=fill(rnd, words, topic[lang], words["desc"]),
                urgency=rnd.choice(URGENCY[CATEGORY[sub]]), group=GROUP[sub])


def main():
    rnd = random.Random(20261207)
    articles, tickets, queries, triage = [], [], [], []
    for topic in T:
        sub = topic["subcategory"]
        for lang, words in (("zh", ZH), ("en", EN)):
            text = topic[lang]
            for i in range(ARTICLES_PER_LANG):
                articles.append(dict(
                    key=f"A-{topic['key']}-{lang}-{i}", lang=lang, topic=topic["key"], category=CATEGORY[sub],
                    subcategory=sub, title=fill(rnd, words, text, words["atitle"][i % len(words["atitle"])]),
                    symptoms=fill(rnd, words, text, words["symptoms"]), cause=text["cause"],
                    solution=text["fix"], prevention=rnd.choice(words["prevention"]),
                    tags=[topic["key"].split("-")[0]]))
            for i in range(TICKETS_PER_LANG):
                t = ticket(rnd, words, topic, lang, sub)
                t["key"] = f"T-{topic['key']}-{lang}-{i}"
                tickets.append(t)
            for i in range(TRIAGE_PER_LANG):
                t = ticket(rnd, words, topic, lang, sub)
                t["key"] = f"L-{topic['key']}-{lang}-{i}"
                triage.append(t)
            for i, q in enumerate(text["q"]):
                queries.append(dict(
                    id=f"Q-{topic['key']}-{lang}-{i}", lang=lang, text=q,
                    articles=[a["key"] for a in articles if a["topic"] == topic["key"] and a["lang"] == lang],
                    tickets=[t["key"] for t in tickets if t["topic"] == topic["key"] and t["lang"] == lang]))
    rnd.shuffle(triage)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "corpus.json"), "w", encoding="utf-8") as out:
        json.dump(dict(articles=articles, tickets=tickets, queries=queries), out, ensure_ascii=False, indent=1)
    with open(os.path.join(here, "triage.json"), "w", encoding="utf-8") as out:
        json.dump(dict(tickets=triage), out, ensure_ascii=False, indent=1)
    print(f"{len(articles)} articles, {len(tickets)} tickets, {len(queries)} queries, {len(triage)} labelled tickets")


if __name__ == "__main__":
    main()
