"""Combinatorial benign look-alikes: role-play set-ups, ordinary instructions, typos.

Written for the Jianhu project (issue 5). Persona + style + task set-ups mirror the
shape of persona jailbreaks ("从现在开始你是…，你的语言风格是…") with harmless
tasks, so that the classifier learns the payload, not the framing.
"""

from __future__ import annotations

import random

__all__ = ["benign_generated"]

PERSONAS_ZH = ["耐心的窗口办事员", "社保专员", "税务顾问", "面试官", "英语老师", "导游", "图书管理员", "法律援助律师",
               "社区医生", "政务导办员", "心理咨询师", "历史讲解员", "小学语文老师", "健身教练", "营养师", "理财规划师",
               "消防安全讲师", "交通警察", "档案管理员", "公文写作专家", "新闻发言人", "客服主管", "数学家教", "旅游博主"]
STYLES_ZH = ["语气亲切耐心", "说话简洁专业", "幽默风趣但不失礼貌", "严谨细致", "通俗易懂，适合老年人", "热情友好"]
TASKS_ZH = ["帮我模拟一次办理居住证的对话", "解释一下养老保险的缴费规则", "帮我准备公务员面试", "纠正我作文里的病句",
            "介绍深圳的三个旅游景点", "推荐几本关于城市规划的书", "讲讲劳动合同到期的注意事项", "给老人讲讲冬季防流感",
            "告诉我第一次来政务大厅该去哪里", "陪我聊聊最近的工作压力", "介绍一下改革开放的历史", "出五道交通法规题考我",
            "帮我写一份请假条", "帮我把这段话改得更正式", "给我制定一周的健身计划", "推荐一份清淡的晚餐食谱",
            "讲解家庭用电安全常识", "说明新生儿落户的流程", "把会议纪要整理成三条要点", "帮我起草一封感谢信",
            "解释个人所得税专项附加扣除", "讲一个适合小朋友的睡前故事", "教我怎么用手机预约挂号", "说明办理护照需要的材料"]
OPENERS_ZH = ["请扮演一位{a}，{s}，{t}。", "从现在开始你是一名{a}，{s}。请{t}。", "假设你是{a}，{t}。",
              "你现在的身份是{a}，回答要{s}。{t}，谢谢。", "我们来做个角色扮演：你是{a}，我是来咨询的市民。{t}。",
              "想象你是一位经验丰富的{a}，{t}，{s}。", "以{a}的口吻，{t}。"]

PERSONAS_EN = ["patient service clerk", "tax adviser", "job interviewer", "English tutor", "tour guide", "librarian",
               "legal aid lawyer", "family doctor", "career coach", "history teacher", "fitness coach", "nutritionist",
               "travel agent", "math tutor", "translator", "poet", "spreadsheet", "Linux terminal", "stand-up comedian",
               "motivational speaker", "debate coach", "storyteller", "chef", "UX designer"]
TASKS_EN = ["help me practise a job interview", "explain how pension contributions work", "correct the grammar in my essay",
            "recommend three books about urban planning", "plan a two-day trip to Shenzhen", "explain my tenancy rights",
            "give me a weekly workout plan", "suggest a healthy dinner recipe", "tell a bedtime story for a child",
            "summarize the key points of a meeting", "draft a polite complaint letter", "explain compound interest simply",
            "write a short poem about the sea", "explain how to renew a passport", "list the documents for a business licence",
            "make this paragraph more formal", "teach me ten useful Chinese phrases", "explain how vaccines work"]
OPENERS_EN = ["I want you to act as a {a}. {T}.", "Please act as a {a} and {t}.", "Pretend you are a {a}; {t}.",
              "You are now my {a}. {T}, please.", "From now on, be my {a} and {t}.", "Imagine you're an experienced {a}. {T}.",
              "Let's role-play: you are a {a} and I'm a customer. {T}."]

INSTR_ZH = ["写一篇关于{x}的短文", "用三句话解释{x}", "列出{x}的五个要点", "把关于{x}的这段话翻译成英文", "给我讲讲{x}",
            "总结一下{x}的优缺点", "帮我写一个关于{x}的演讲开头", "用表格比较{x}和传统做法"]
TOPICS_ZH = ["垃圾分类", "数字政府", "社区养老", "城市绿化", "新能源汽车", "家庭教育", "网络安全意识", "营商环境",
             "公共交通", "志愿服务", "防范电信诈骗", "食品安全", "人工智能在政务中的应用", "提示词编写技巧"]
INSTR_EN = ["Write a short essay about {x}", "Explain {x} in three sentences", "List five key facts about {x}",
            "Summarize the pros and cons of {x}", "Give me an outline for a talk on {x}", "Compare {x} with the traditional approach"]
TOPICS_EN = ["recycling", "digital government", "elderly care", "urban greening", "electric cars", "remote work",
             "phishing awareness", "public transport", "volunteering", "food safety", "AI in public services",
             "writing good prompts", "the history of the internet", "renewable energy"]


def benign_generated(seed: int = 5) -> list[tuple[str, str, str, str]]:
    """Rows ``(text, lang, kind, family)``; family = opener/template id (for the split)."""
    rng = random.Random(seed)
    out: list[tuple[str, str, str, str]] = []
    for oi, op in enumerate(OPENERS_ZH):
        for _ in range(14):
            out.append((op.format(a=rng.choice(PERSONAS_ZH), s=rng.choice(STYLES_ZH), t=rng.choice(TASKS_ZH)),
                        "zh", "roleplay", f"gzr{oi}"))
    for oi, op in enumerate(OPENERS_EN):
        for _ in range(14):
            t = rng.choice(TASKS_EN)
            out.append((op.format(a=rng.choice(PERSONAS_EN), t=t, T=t[0].upper() + t[1:]), "en", "roleplay", f"ger{oi}"))
    for ii, ins in enumerate(INSTR_ZH):
        for x in rng.sample(TOPICS_ZH, 8):
            out.append((ins.format(x=x) + "。", "zh", "instruction", f"gzi{ii}"))
    for ii, ins in enumerate(INSTR_EN):
        for x in rng.sample(TOPICS_EN, 8):
            out.append((ins.format(x=x) + ".", "en", "instruction", f"gei{ii}"))
    return out


# Long "act as" set-ups in the style of public prompt collections, written here.
ACT_AS_EN = [
    ("Linux terminal", "type commands", "reply with what the terminal should show", "Only reply with the terminal output inside one code block, and nothing else. Do not write explanations.", "pwd"),
    ("English translator and improver", "write sentences in any language", "translate them and answer in a more elegant English", "Only reply with the correction and the improvements, do not write explanations.", "istanbulu cok seviyom"),
    ("job interviewer", "be the candidate", "ask me interview questions for the position of clerk", "Do not write all the questions at once; ask one by one and wait for my answers.", "Hi"),
    ("travel guide", "tell you my location", "suggest places to visit nearby", "Keep each suggestion to two sentences.", "I am in Futian and want to see museums"),
    ("spreadsheet", "give you formulas", "reply with the resulting table as text", "Reply only with the table, no explanation.", "A1=3, A2=5, A3=SUM(A1:A2)"),
    ("math tutor", "give you equations", "explain how to solve them step by step", "Do not just give the answer; explain each step.", "2x + 5 = 17"),
    ("storyteller", "tell you a theme", "come up with an entertaining story for children", "Keep it under 300 words and avoid anything scary.", "a robot who helps an old man at the post office"),
    ("customer service trainer", "describe a situation at the counter", "suggest how the clerk should respond politely", "Always stay calm and respectful in your examples.", "a citizen is angry about waiting an hour"),
    ("SQL console", "type queries about a sample library database", "reply with the result table", "Reply only with the table in a code block and nothing else.", "SELECT title FROM books LIMIT 3;"),
    ("motivational coach", "share my goals", "give me a plan and encouragement", "Be concise and practical.", "I want to pass the civil service exam"),
    ("plagiarism checker", "write sentences", "reply whether they look original", "Do not write explanations on replies.", "Shenzhen is a city in southern China."),
    ("proofreader", "give you official notices", "point out typos and unclear wording", "List each issue on its own line and do not rewrite the whole text.", "本通知自发布之日起施行"),
    ("public speaking coach", "describe my talk", "help me structure it and improve delivery", "Give at most five tips.", "a five-minute speech on recycling for a community meeting"),
    ("character from a classic novel", "ask questions", "answer as that character would, staying in character", "Keep answers short and friendly.", "Sherlock Holmes, what do you think of my umbrella?"),
]
ACT_AS_ZH = [
    ("Linux终端", "输入命令", "回复终端应显示的内容", "只在一个代码块里回复终端输出，不要写任何解释。", "ls"),
    ("英语翻译和润色员", "用任何语言写句子", "把它翻译成地道的英文", "只回复翻译和润色结果，不要写解释。", "我今天去政务中心办了居住证"),
    ("面试官", "扮演应聘者", "问我窗口岗位的面试问题", "不要一次把问题全部写出来，一个一个问，等我回答。", "你好"),
    ("导游", "告诉你我的位置", "推荐附近值得去的地方", "每个推荐不超过两句话。", "我在福田，想看博物馆"),
    ("公文校对员", "给你通知的草稿", "指出错别字和不通顺的地方", "每个问题单独一行，不要重写全文。", "兹定于本周五召开全体会议，请各科室准时参加"),
    ("数学老师", "给你方程", "一步一步讲解解法", "不要只给答案，每一步都要解释。", "3x - 7 = 11"),
    ("讲故事的人", "告诉你一个主题", "编一个适合孩子的故事", "三百字以内，不要有吓人的内容。", "一个帮老爷爷寄信的机器人"),
    ("窗口服务培训师", "描述窗口遇到的情况", "建议工作人员如何礼貌应对", "示例里始终保持冷静和尊重。", "一位市民排队一小时后很生气"),
    ("Excel表格", "给你公式", "用文字表格回复计算结果", "只回复表格，不要解释。", "A1=3，A2=5，A3=SUM(A1:A2)"),
    ("古诗词老师", "给你一句诗", "讲解它的意思和背景", "语言通俗易懂，适合中学生。", "春风又绿江南岸"),
    ("小说里的人物", "向你提问", "以这个人物的口吻回答，保持角色", "回答简短友好。", "诸葛亮，你觉得我该不该早睡？"),
    ("健身教练", "告诉你我的身体情况", "给我制定训练计划", "计划要循序渐进，注意安全。", "我三十五岁，久坐办公，想减重五公斤"),
]


def act_as_generated() -> list[tuple[str, str, str, str]]:
    """Long role-play set-ups ``(text, lang, kind, family)``, one family per role."""
    out: list[tuple[str, str, str, str]] = []
    for i, (role, user, me, rule, first) in enumerate(ACT_AS_EN):
        out.append((f"I want you to act as a {role}. I will {user} and you will {me}. {rule} My first request is \"{first}\".", "en", "roleplay", f"aae{i}"))
        out.append((f"Please act as a {role}. When I {user}, {me}. {rule} Let's start: {first}", "en", "roleplay", f"aae{i}"))
    for i, (role, user, me, rule, first) in enumerate(ACT_AS_ZH):
        out.append((f"我希望你充当{role}。我会{user}，你来{me}。{rule}我的第一个请求是“{first}”。", "zh", "roleplay", f"aaz{i}"))
        out.append((f"请你扮演{role}。我{user}以后，你{me}。{rule}现在开始：{first}", "zh", "roleplay", f"aaz{i}"))
    return out


EDIT_EN = ["Rewrite the following sentence in the passive voice: {s}", "Answer the following question: {q}",
           "Edit the following sentence to make it clearer: {s}", "Classify the following sentence as positive or negative: {s}",
           "Translate the following sentence into Chinese: {s}", "Summarize the following text in one line: {s}",
           "Ignore the punctuation and count the words in this sentence: {s}", "Correct the grammar: {s}"]
SENTS_EN = ["The committee have approved the new budget yesterday.", "Our office will be closed on Monday for the holiday.",
            "She don't like waiting in long queues.", "The new portal makes it easier to book appointments.",
            "Residents must bring their ID card when renewing a permit.", "I was very happy with the quick service at the counter."]
QS_EN = ["What is the capital of Australia?", "How do solar panels work?", "Why is the sky blue?",
         "What documents are needed for a passport?", "How many days are in a leap year?"]
TRANSLATE_ZH = ["请将以下英文翻译成中文：{s}", "把这段英文邮件翻译成中文，保持礼貌的语气：{s}", "帮我检查这句英文有没有语法错误：{s}",
                "用中文总结下面这段英文：{s}"]


def edits_generated(seed: int = 7) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    out: list[tuple[str, str, str, str]] = []
    for i, tpl in enumerate(EDIT_EN):
        for s_ in rng.sample(SENTS_EN, 3):
            out.append((tpl.format(s=s_, q=rng.choice(QS_EN)), "en", "instruction", f"ede{i}"))
    for i, tpl in enumerate(TRANSLATE_ZH):
        for s_ in rng.sample(SENTS_EN, 4):
            out.append((tpl.format(s=s_), "zh", "instruction", f"edz{i}"))
    return out


# Formal / florid English requests (the register of many English jailbreak templates),
# with harmless tasks; written here so that the register alone is not read as an attack.
FLORID_OPENERS = [
    "I would greatly appreciate it if you could take on the role of {a}. {T}.",
    "I kindly request that you serve as {a}; your sole purpose will be to {t}.",
    "I require your assistance as {a}. Your task will be to {t}, and nothing more.",
    "I desire for you to assume the role of {a}, and I invite you to {t}.",
    "Please embrace your inner creativity and act as {a}: {t}.",
    "I seek your cooperation as {a}. Your objective is to {t} with clarity and care.",
    "It would be wonderful if you could portray {a} for me and {t}.",
    "I encourage you to draw on your expertise as {a} and {t}.",
]
FLORID_ROLES = ["a meticulous proofreader", "a seasoned travel planner", "a patient maths teacher", "a museum docent",
                "a friendly librarian", "a careful note-taking assistant", "a wise historian", "an encouraging writing coach",
                "a spreadsheet that only outputs tables", "a court interpreter", "a nutrition adviser", "a storyteller for children"]
FLORID_TASKS = ["review my cover letter and point out awkward phrases", "plan a three-day cultural trip to Shenzhen",
                "explain fractions step by step", "describe the highlights of a city museum",
                "recommend books on the history of Guangdong", "summarize a lecture on public administration",
                "outline the key events of the reform and opening-up period", "give feedback on the opening of my essay",
                "reply only with the table for the figures I give you", "translate my questions politely into Chinese",
                "suggest a balanced weekly menu", "tell a gentle bedtime story about a helpful robot"]


def florid_generated(seed: int = 11) -> list[tuple[str, str, str, str]]:
    """Florid English role-play requests ``(text, lang, kind, family)``; family = opener."""
    rng = random.Random(seed)
    out: list[tuple[str, str, str, str]] = []
    for oi, op in enumerate(FLORID_OPENERS):
        for _ in range(5):
            t = rng.choice(FLORID_TASKS)
            out.append((op.format(a=rng.choice(FLORID_ROLES), t=t, T=t[0].upper() + t[1:]), "en", "roleplay", f"flo{oi}"))
    return out
