"""Template-generated everyday requests (zh/en) written for this project (see SOURCE.md).

Tasks x topics give many ordinary instructions (writing, explaining, planning, coding,
translating) so that the classifier learns what normal requests look like, including
ones that mention sensitive-looking words in a benign sense.
"""

ZH_TASKS = [
    "写一篇关于{t}的短文", "用通俗的话解释一下{t}", "帮我列一个{t}的学习计划", "介绍一下{t}的历史",
    "给小学生讲讲{t}", "总结{t}的三个要点", "写一首关于{t}的小诗", "{t}有哪些常见误区？",
    "关于{t}，给我推荐几本书", "帮我做一个关于{t}的PPT大纲", "{t}和日常生活有什么关系？",
    "写一段关于{t}的新闻稿开头", "出几道关于{t}的选择题", "我想了解{t}，从哪里入手？",
]
ZH_TOPICS = [
    "光合作用", "人工智能", "垃圾分类", "深圳的发展历史", "中国传统节日", "春节习俗", "健康饮食", "睡眠卫生",
    "理财规划", "个人所得税", "新能源汽车", "城市交通", "唐诗宋词", "三国演义", "长城", "丝绸之路",
    "气候变化", "海洋保护", "志愿服务", "社区治理", "公文写作", "时间管理", "团队合作", "职场沟通",
    "家庭教育", "青少年心理健康", "老年人护理", "急救知识", "消防安全", "交通安全", "食品安全", "网络安全",
    "防范电信诈骗", "禁毒宣传", "法治教育", "宪法", "民法典", "劳动合同法", "消费者权益保护", "知识产权保护",
    "中医养生", "运动健身", "太极拳", "围棋", "编程入门", "数据库", "云计算", "区块链", "量子物理",
    "黑洞", "火山爆发", "地震成因", "疫苗原理", "抗生素的合理使用", "抑郁症的科普", "心理咨询", "反校园霸凌",
    "少数民族文化", "宗教文化常识", "世界历史上的战争与和平", "抗日战争史", "改革开放", "乡村振兴", "一带一路",
    "政务服务数字化", "营商环境", "人才政策", "社会保障体系", "医保制度", "养老服务", "托育服务", "住房保障",
]
EN_TASKS = [
    "Write a short essay about {t}.", "Explain {t} in simple terms.", "Give me a study plan for {t}.",
    "What is the history of {t}?", "Explain {t} to a ten-year-old.", "Summarize the key points of {t}.",
    "Write a poem about {t}.", "What are common misconceptions about {t}?", "Recommend some books on {t}.",
    "Draft a slide outline about {t}.", "How does {t} affect everyday life?", "Write quiz questions about {t}.",
    "Where should a beginner start with {t}?", "What are the pros and cons of {t}?",
]
EN_TOPICS = [
    "photosynthesis", "artificial intelligence", "recycling", "the history of Shenzhen", "Chinese festivals",
    "healthy eating", "sleep hygiene", "personal finance", "income tax", "electric cars", "public transport",
    "Tang dynasty poetry", "the Great Wall", "the Silk Road", "climate change", "ocean conservation",
    "volunteering", "time management", "teamwork", "parenting", "teen mental health", "elderly care", "first aid",
    "fire safety", "road safety", "food safety", "cybersecurity", "phone scams", "drug abuse prevention",
    "constitutional law", "labor law", "consumer rights", "copyright", "traditional Chinese medicine",
    "exercise", "chess", "programming", "databases", "cloud computing", "blockchain", "quantum physics",
    "black holes", "volcanoes", "earthquakes", "vaccines", "antibiotics", "depression", "therapy", "bullying",
    "world religions", "World War II", "the Cold War", "the French Revolution", "nuclear energy",
    "the immune system", "machine learning", "the stock market", "inflation", "urban planning", "social security",
    "martial arts movies", "crime novels", "video games", "hunting regulations", "gun control debates",
]
EN_EXTRA = [
    "How do I kill a stuck process on Windows?", "What's the best way to shoot a basketball?",
    "How can I beat my friend at chess?", "How do I execute a SQL query in Python?",
    "How do I get rid of a headache naturally?", "Where can I buy a kitchen knife?",
    "How do I blow up a balloon without a pump?", "What does 'break a leg' mean?",
    "How do I crack an egg with one hand?", "How can I steal the show at my presentation?",
    "What household chemicals should never be mixed, for safety?", "How do I report a scam website?",
    "Why did the Roman Empire fall?", "What is the plot of Macbeth?", "How did the atomic bombing of Hiroshima affect Japan?",
    "Who was Genghis Khan?", "What are the symptoms of a heart attack?", "How should I store medications safely at home?",
    "How do vaccines work?", "What is the legal drinking age in China?", "How do I talk to my kids about drugs?",
    "What should I do if I witness a crime?", "How do I change my password securely?", "What is phishing and how do I avoid it?",
    "How can I support a coworker who is grieving?", "What are healthy ways to cope with stress?",
    "I feel lonely since moving to a new city. Any advice?", "How do I find a therapist?",
    "What are the rules for fireworks during Spring Festival?", "How do I apply for a marriage certificate?",
    "Can you help me write a complaint letter to my landlord?", "How do I dispose of old batteries?",
    "What's the difference between a virus and bacteria?", "How do I make my Python script faster?",
    "Write a birthday message for my grandmother.", "Plan a three-day trip to Guangzhou.",
    "What's a good recipe for dumplings?", "How do I fix a leaking tap?", "What is the GDP of China?",
    "Explain how elections work in different countries.", "What is the role of the UN Security Council?",
    "Describe the causes of the First World War.", "Who wrote 'Dream of the Red Chamber'?",
]

# Combinatorial everyday requests: (template, slot values).
EN_COMBOS: list[tuple[str, list[str]]] = [
    ("Write a {x}.", ["short story about a lost dog", "thank-you email to my teacher", "product description for a water bottle",
                      "blog post about remote work", "wedding toast for my brother", "haiku about autumn", "cover letter for a nurse job",
                      "speech for a school graduation", "review of a sci-fi movie", "limerick about a cat", "tweet announcing our new cafe",
                      "job description for a data analyst", "letter of recommendation", "bedtime story about dragons",
                      "complaint email about a late delivery", "LinkedIn summary for a software engineer", "motivational quote"]),
    ("How do I {x}?", ["bake sourdough bread", "change a flat tire", "train my puppy", "start running", "learn to swim",
                       "write a resume", "negotiate a salary", "set up a VPN at home", "clean a cast iron pan", "grow tomatoes",
                       "install Python on Windows", "sort a list in JavaScript", "center a div in CSS", "merge two git branches",
                       "budget my monthly expenses", "meditate", "make friends in a new city", "prepare for a job interview",
                       "remove a stain from a shirt", "back up my phone", "reverse a string in Python", "tie a tie",
                       "kill time at the airport", "attack this math problem", "beat procrastination", "destroy old hard drives safely"]),
    ("What is {x}?", ["the capital of Canada", "a black hole", "inflation", "machine learning", "the Pythagorean theorem",
                      "a mortgage", "photosynthesis", "the difference between weather and climate", "a recursive function",
                      "the boiling point of water", "GDP", "a haiku", "the theory of evolution", "an API", "a balanced diet",
                      "the meaning of 'carpe diem'", "a bear market", "a nuclear reactor", "the Geneva Convention"]),
    ("Give me tips for {x}.", ["studying for exams", "saving money", "public speaking", "sleeping better", "traveling with kids",
                               "staying focused", "learning a language", "cooking for one", "working from home", "hiking safely",
                               "taking care of elderly parents", "dealing with a difficult boss", "writing clean code"]),
    ("Compare {x}.", ["Python and Java", "cats and dogs as pets", "renting and buying a home", "tea and coffee",
                      "iOS and Android", "electric and gas cars", "capitalism and socialism", "Buddhism and Taoism"]),
    ("Can you {x}?", ["summarize this article for me", "proofread my essay", "suggest a name for my bakery",
                      "recommend a good podcast", "help me plan a birthday party", "explain this error message",
                      "translate this paragraph into French", "make a workout plan", "suggest gifts for my mom",
                      "help me debug my SQL query", "write unit tests for this function", "solve 3x + 5 = 20"]),
]
ZH_COMBOS: list[tuple[str, list[str]]] = [
    ("帮我写一{x}", ["封感谢信给老师", "份产品介绍", "篇关于远程办公的博客", "段婚礼致辞", "首关于秋天的诗", "份护士岗位的求职信",
                    "篇毕业典礼演讲稿", "篇科幻电影的影评", "条新店开业的朋友圈文案", "份数据分析师的招聘启事", "封投诉快递延误的邮件",
                    "个关于小龙的睡前故事", "份周报", "份会议通知", "段自我介绍", "份活动策划方案", "篇读书笔记"]),
    ("怎么{x}？", ["做酸面包", "换汽车轮胎", "训练小狗", "开始跑步", "学游泳", "写简历", "谈薪资", "清洗铸铁锅", "种番茄",
                 "在Windows上安装Python", "用JavaScript排序数组", "用CSS居中", "合并git分支", "做月度预算", "冥想",
                 "在新城市交朋友", "准备面试", "去除衣服上的污渍", "备份手机", "克服拖延症", "安全销毁旧硬盘", "打领带"]),
    ("什么是{x}？", ["黑洞", "通货膨胀", "机器学习", "勾股定理", "房贷", "光合作用", "递归函数", "GDP", "进化论", "API",
                   "均衡饮食", "熊市", "核反应堆", "日内瓦公约", "社会主义核心价值观", "人民代表大会制度", "共同富裕"]),
    ("给我一些{x}的建议", ["备考", "省钱", "公开演讲", "改善睡眠", "带孩子旅行", "保持专注", "学外语", "一个人做饭", "居家办公",
                       "安全徒步", "照顾年迈父母", "和难相处的领导沟通", "写整洁代码"]),
    ("比较一下{x}", ["Python和Java", "养猫和养狗", "租房和买房", "茶和咖啡", "苹果和安卓手机", "电车和油车", "佛教和道教"]),
    ("你能{x}吗？", ["帮我总结这篇文章", "帮我润色作文", "给我的面包店起个名字", "推荐一个好听的播客", "帮我策划生日派对",
                   "解释一下这个报错", "把这段话翻译成英文", "帮我制定健身计划", "推荐给妈妈的礼物", "帮我调试SQL语句",
                   "解这个方程3x+5=20", "帮我改一下这段代码"]),
]

# Instruction-style benign requests: verbs x objects (the harmful sets are instruction-style
# too, so style alone must not decide).
EN_VERBS = ["Generate", "Create", "Design", "Devise", "Construct", "Come up with", "Describe", "Write",
            "Provide", "List", "Develop", "Compose", "Suggest", "Outline", "Draft", "Produce", "Give me", "Explain"]
EN_OBJECTS = [
    "a marketing plan for a bakery", "a list of healthy breakfast ideas", "a five-step process to paint a room",
    "a metaphor describing the ocean", "a user guide for a smart watch", "a strategy to increase online sales",
    "an agenda for a team meeting", "a lesson plan on fractions", "a weekly workout routine", "a budget for a family trip",
    "a product name for an eco-friendly bottle", "a tagline for a coffee shop", "a summary of the water cycle",
    "a dialogue between a customer and a waiter", "a story about a robot learning to paint", "an HTML table with two columns",
    "a Python function that reverses a list", "a SQL query to count orders per day", "an email inviting colleagues to lunch",
    "a plan to reduce plastic waste in schools", "a checklist for moving house", "a recipe for vegetable soup",
    "ideas for a child's birthday party", "a quiz about world geography", "a poem about friendship",
    "tips for improving customer service", "a press release for a charity run", "a job posting for a teacher",
    "a short biography of Marie Curie", "a comparison of two smartphones", "a study schedule for final exams",
    "an itinerary for three days in Beijing", "a speech thanking volunteers", "arguments for and against school uniforms",
    "a plan to improve public transport", "a description of a sunset over mountains", "a list of team-building activities",
    "a guide to caring for houseplants", "a strategy to improve public education", "a slogan for a recycling campaign",
    "a brief history of the internet", "a cover letter for a marketing role", "a FAQ for a government service website",
    "a notice announcing a community clean-up day", "a survey to measure citizen satisfaction", "a proposal for a new library",
    "a training plan for new employees", "a guide to filing taxes online", "a welcome message for new residents",
    "a way to explain climate change to children", "an outline for a research paper on renewable energy",
]
ZH_VERBS = ["生成", "设计", "撰写", "提供", "描述", "列出", "制定", "编写", "给出", "创作", "总结", "策划", "起草", "帮我写", "请设计", "请列出"]
ZH_OBJECTS = [
    "一份面包店的营销方案", "几个健康早餐的点子", "粉刷房间的五个步骤", "一个描写大海的比喻", "智能手表的用户手册",
    "提高网店销量的策略", "一次团队会议的议程", "一节关于分数的教案", "一周健身计划", "一次家庭旅行的预算",
    "环保水杯的产品名称", "咖啡店的广告语", "水循环的简要说明", "顾客和服务员之间的对话", "一个机器人学画画的故事",
    "一个两列的HTML表格", "一个反转列表的Python函数", "统计每日订单量的SQL语句", "邀请同事聚餐的邮件",
    "校园减塑行动方案", "搬家清单", "蔬菜汤的做法", "儿童生日派对的创意", "一套世界地理知识问答", "一首关于友谊的诗",
    "提升客户服务的建议", "公益跑活动的新闻稿", "教师岗位招聘启事", "居里夫人的简短传记", "两款手机的对比",
    "期末复习计划", "北京三日游行程", "感谢志愿者的致辞", "关于校服利弊的辩论要点", "改善公共交通的方案",
    "山间日落的描写", "团建活动清单", "绿植养护指南", "垃圾分类宣传标语", "互联网发展简史", "市场专员求职信",
    "政务服务网站常见问题解答", "社区清洁日通知", "市民满意度调查问卷", "新建图书馆的提案", "新员工培训计划",
    "网上报税指南", "给新居民的欢迎词", "向孩子解释气候变化的方法", "可再生能源研究论文提纲", "中秋节的介绍段落",
    "一篇描写家乡风景的文章", "一个新社交应用的功能清单", "缓解压力和焦虑的建议", "一个日历应用程序的设计",
]
EN_HOMONYMS = [
    "How do I kill weeds without chemicals?", "How do I shoot a video in slow motion?", "How do I execute a trade on a stock app?",
    "How do I crush garlic quickly?", "What's the best way to knock out a presentation?", "How do I beat the heat in summer?",
    "How can I terminate a lease early?", "How do I eliminate duplicates in Excel?", "How can I nail a job interview?",
    "How do I cut a mango?", "How do I slaughter a chicken humanely on a farm?", "How can I take down a tent quickly?",
    "How do I fire up a barbecue?", "How can I destroy my old credit cards safely?", "How do I break a bad habit?",
    "How do I hack my productivity?", "How can I blow away the judges in a talent show?", "How do I kill time on a long flight?",
    "How do I punch holes in paper neatly?", "What's the best way to attack a chess opening?", "How do I bury a time capsule?",
    "How do I get rid of mice humanely?", "How do I drown out noise from neighbors?", "How do I whip cream by hand?",
    "How can I crack a walnut without a nutcracker?", "How do I strangle fig plants in my garden? They're invasive.",
    "How do I smoke salmon at home?", "How do I exterminate termites?", "How do I shoot a free throw?",
    "How do I kill a zombie in Minecraft?", "How do I stab a fork into a steak properly?",
]
ZH_HOMONYMS = [
    "秒杀活动怎么抢到商品？", "买东西怎么砍价杀价？", "游戏里怎么击杀对方的英雄？", "怎么彻底消灭家里的螨虫？",
    "怎么把蒜拍碎？", "如何干掉拖延症？", "猫咪炸毛是什么原因？", "怎么打造一款爆款产品？", "怎么攻克数学难题？",
    "如何拿下这个大客户？", "怎么把旧手机彻底粉碎数据？", "鱼怎么宰杀和清洗？", "怎么射门更准？", "怎么爆炒腰花？",
    "怎么干掉电脑里的流氓软件？", "怎么让演讲炸场？", "爆米花怎么做？", "打击乐器有哪些？", "怎么破解数独难题？",
    "怎么消灭厨房里的蟑螂？", "炸春卷怎么做？", "如何应对网络攻击保护公司数据？", "什么是攻击性投资策略？",
    "鞭炮燃放有什么注意事项？", "怎么杀鱼不溅血？", "怎么击败游戏里的最终boss？", "如何摧毁坏习惯？", "杀青是什么意思？",
]
