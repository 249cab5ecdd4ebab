# childvoice 界面文字 — 简体中文（与 en/main.ftl 的键完全相同）。
# `$audience`：age-5-8、age-9-12、age-13-17 或 parent。
# 对孩子和青少年用“你”，对家长和管理人员用“您”；所有人都会看到的文字尽量不用人称，或用“你”。
# 每句字数上限（汉字、字母和数字，不算标点）：15（5-8 岁）、25（9-12 岁）、35（13-17 岁）、50（家长）。
# 给 5-12 岁孩子的文字只用小学低年级就认识的常用字。

language-name = 简体中文
site-name = 说出你的想法
skip-link = 跳到主要内容

home-title = 说说你对城市的想法
home-intro = 你的城市想听听大家的想法。孩子、青少年和家长都可以说。
home-open = 正在进行
home-none = 现在没有要回答的问题。请过些天再来看看。

choose-language = 选择语言
who-are-you = 你是谁？
audience-age-5-8 = 我今年 5 到 8 岁
audience-age-9-12 = 我今年 9 到 12 岁
audience-age-13-17 = 我今年 13 到 17 岁
audience-parent = 我是家长或照顾孩子的人

assent-title =
    { $audience ->
        [age-5-8] 开始之前
       *[other] 开始之前
    }
assent-what = 这是做什么的？
assent-anonymous =
    { $audience ->
        [age-5-8] 我们不问你的名字。
        [parent] 问卷是匿名的：我们不会问您的姓名、邮箱或地址，也不会记录您的 IP 地址。
       *[other] 我们不问你的名字。没有人能知道哪些答案是你写的。
    }
assent-skip =
    { $audience ->
        [age-5-8] 你可以不回答。
        [parent] 除非特别说明，每个问题都可以不答。
       *[other] 你不用回答每一个问题。哪个问题都可以跳过。
    }
assent-stop =
    { $audience ->
        [age-5-8] 你随时可以停下来。
        [parent] 您可以随时停止；到最后一页之前，什么都不会发送。
       *[other] 你随时可以停下来。按“发送”之前，什么都不会发出去。
    }
assent-results = 什么时候能知道结果？
assent-start =
    { $audience ->
        [age-5-8] 我们开始吧！
       *[other] 开始
    }
assent-not-now = 不用了，谢谢

form-progress = 第 { $current } 步，共 { $total } 步
form-next = 下一步
form-back = 上一步
form-send = 发送我的答案
form-stop = 停止（什么都不会发送）
form-optional = 这题可以跳过。
form-required = 必答
form-choose-many = 你可以选好几个。
form-choose-up-to = 你最多可以选 { $max } 个。
form-rank-help = 请给它们写上数字。最重要的写 1，接着写 2，再写 3。有的可以空着不写。
form-rank-none = –
form-number-help = 写一个 { $min } 到 { $max } 之间的数字。
form-text-help = 请不要写你的名字、电话号码或地址。
form-errors =
    { $audience ->
        [age-5-8] 请再看一看这里。
       *[other] 请检查下面标出的答案。你的其他答案都还在。
    }
form-token-renewed = 这个页面打开很久了。请检查你的答案，再按一次按钮。
form-area-help = 请选城里的一个地方。

scale-3-1 = 不好
scale-3-2 = 还行
scale-3-3 = 好
scale-5-1 = 很不好
scale-5-2 = 不好
scale-5-3 = 一般
scale-5-4 = 好
scale-5-5 = 很好

error-required = 请回答这个问题。
error-not-an-option = 请从给出的答案里选一个。
error-too-many = 请最多选 { $max } 个。
error-not-a-number = 请用数字来写，比如 12。
error-out-of-range = 请写一个 { $min } 到 { $max } 之间的数字。
error-too-long = 请写短一点：最多 { $max } 个字。
error-duplicate-rank = 每个数字只能用一次。

thanks-title =
    { $audience ->
        [age-5-8] 谢谢你！
       *[other] 谢谢你的回答
    }
thanks-body =
    { $audience ->
        [age-5-8] 我们收到你的答案了。它们能让你的城市变得更好。
        [parent] 您的回答已经收到。这些回答会帮助城市决定下一步做什么。
       *[other] 我们收到你的答案了。它们会帮助城市决定接下来做什么。
    }
thanks-next = 接下来会怎样？
thanks-results-link = 看看我们听到了什么
thanks-again = 回到开头

help-title = 想找人说说话吗？
help-default = 有事让你担心吗？去告诉你信任的大人。你也可以打儿童求助电话，不要钱。在 childhelplineinternational.org 能找到你们国家的求助电话。

results-title = 我们听到了什么
results-not-yet = 结果还没有出来。

closed-title = 这次调查已经结束了
closed-body = 谢谢你想参加。现在已经不能再回答了。
not-open-title = 这次调查还没有开始
not-open-body = 请等它开始以后再来。

error-not-found-title = 找不到这个页面
error-not-found-body = 请检查一下链接，或者回到开头。
error-bad-request-title = 发来的内容有问题
error-bad-request-body = 请返回再试一次。
error-too-large-title = 一次发来的内容太多了
error-too-large-body = 请把答案写短一点，再试一次。
error-server-title = 对不起，我们这边出了问题
error-server-body = 请过一分钟再试。
error-unavailable-title = 我们现在太忙了
error-unavailable-body = 请过一分钟再试。你的答案还在这个页面上。
back-to-start = 回到开头

## Administration: officers, planners and policy teams (adult language)
## 管理后台：工作人员、规划人员和政策团队（成人用语）

admin-title = childvoice 管理后台
admin-nav-consultations = 意见征集
admin-nav-people = 人员
admin-nav-audit = 审计日志
admin-sign-out = 退出登录
admin-signed-in-as = { $email } · { $org } · { $role }
admin-errors = 请更正下面标出的字段。
admin-saved = 已保存。

admin-login-title = 登录
admin-email = 电子邮箱地址
admin-password = 密码
admin-login-submit = 登录
admin-login-failed = 电子邮箱地址或密码不正确。
admin-login-forgot = 忘记密码了？
admin-too-many-attempts = 尝试次数太多。请等一分钟后再试。

admin-forgot-title = 重置密码
admin-forgot-intro = 请输入您的电子邮箱地址。如果它属于某个账户，我们会发送一个链接，让您设置新密码。
admin-forgot-submit = 发送链接
admin-forgot-sent = 如果有账户使用这个地址，链接已经发出。链接只能使用一次，72 小时内有效。

admin-set-password-title = 设置密码
admin-set-password-intro = 请为 { $email } 设置密码。密码至少要有 { $min } 个字符；把几个互不相关的词组合起来，就是一个很强的密码。
admin-new-password = 新密码
admin-confirm-password = 再次输入同一个密码
admin-set-password-submit = 保存密码
admin-password-too-short = 请至少使用 { $min } 个字符。
admin-password-mismatch = 两次输入的密码不一样。
admin-link-invalid = 这个链接已过期或已被使用。请重新申请一个。

admin-consultations-title = 意见征集
admin-new-consultation = 新建意见征集
admin-none-yet = 还没有意见征集。
admin-col-title = 标题
admin-col-state = 状态
admin-col-responses = 答卷
admin-col-dates = 日期
admin-col-link = 链接
state-draft = 草稿
state-open = 进行中
state-closed = 已结束
state-published = 结果已公布
state-scheduled = 稍后开始
state-ended = 已过截止日期
admin-no-date = 未设定日期
admin-date-range = { $from } 至 { $to }

admin-pick-template = 从模板开始
admin-template-questions = { $n } 个问题
admin-template-languages = 语言
admin-template-audiences = 参与对象
admin-use-template = 使用这个模板

admin-settings-title = 设置
admin-field-title = 标题（{ $language }）
admin-field-slug = 短链接
admin-field-slug-help = 小写字母、数字和连字符。它会出现在海报和二维码上。
admin-field-languages = 语言
admin-field-audiences = 参与对象
admin-field-areas = 区域（社区）
admin-field-areas-help = 每行一个。参与者可以说明自己住在哪个区域；结果可以按区域查看。
admin-field-opens = 开始日期
admin-field-closes = 结束日期
admin-field-dates-help = 留空则手动开始和结束。
admin-field-k = 结果中显示的最小人数
admin-field-k-help = 人数少于这个数字的统计都会被隐藏，这样就不会有孩子被单独认出来。最少为 3；建议设为 10。
admin-field-retention = 逐份答卷保留多久后删除（月）
admin-field-retention-help = 结果公布后过多少个月删除。届时每份答卷和自由填写的文字都会被删除，只保留统计数，所以已公布的数字不会改变。填 0 表示公布时就删除。最多 120。
admin-field-help = 给孩子的求助信息（{ $language }）
admin-field-help-help = 告诉孩子可以在哪里获得帮助，例如您所在国家的儿童求助热线。如果留空，孩子会被引导到国际儿童求助热线组织（Child Helpline International）。
admin-locked-after-launch = 意见征集启动后，链接、语言、参与对象和区域都不能再更改。
admin-save-draft = 存为草稿
admin-save = 保存
admin-cancel = 取消
admin-error-slug = 请使用 3 到 40 个小写字母、数字或连字符，并以字母开头。
admin-error-slug-taken = 这个短链接已被使用。请换一个。
admin-error-languages = 请至少选择一种语言。
admin-error-audiences = 请至少选择一类参与对象。
admin-error-title = 标题太长：最多 120 个字符。
admin-error-help = 求助信息太长：最多 1000 个字符。
admin-error-areas = 请列出区域，每行一个（最多 200 个）。这份问卷会问到区域。
admin-error-date = 请使用 2027-05-31 这样的日期格式。
admin-error-dates = 结束日期早于开始日期。
admin-error-k = 请使用 3 到 1000 之间的整数。
admin-error-k-lower = 这个意见征集已经有人作答，最小人数不能再调低。
admin-error-retention = 请填写 0 到 120 之间的月数。
admin-error-channel-name = 请给渠道起一个名称，最多 100 个字符。

admin-launch = 启动
admin-launch-help = 启动后，参与者就可以作答（如果设定了开始日期，则从该日期起）。
admin-close = 立即结束
admin-reopen = 重新开放
admin-edit = 编辑设置
admin-preview = 预览
admin-preview-help = 只有您所在机构的人员能看到草稿。
admin-links = 链接、二维码和海报
admin-public-link = 公开链接
admin-qr-svg = 二维码（SVG）
admin-qr-png = 二维码（PNG）
admin-poster = 海报（{ $language }）
admin-responses = 答卷
admin-responses-total = 共 { $n } 份答卷
admin-channels = 渠道
admin-channels-help = 渠道是您分享这次意见征集的地方：一个学校班级、图书馆里的一张海报、一份简报。每个渠道都有自己的短链接和二维码，这样您就能看出哪些渠道有效。渠道从不会识别出任何个人。
admin-channel-name = 名称
admin-channel-code = 代码
admin-channel-add = 添加渠道
admin-channel-none = 还没有渠道。
admin-audience-age-5-8 = 5-8 岁儿童
admin-audience-age-9-12 = 9-12 岁儿童
admin-audience-age-13-17 = 13-17 岁青少年
admin-audience-parent = 家长和照顾者

admin-people-title = 人员
admin-invite = 邀请成员
admin-role = 角色
role-owner = 所有者
role-editor = 编辑者
role-analyst = 分析员
admin-role-help = 所有者管理人员和设置；编辑者创建并运行意见征集；分析员查看结果和导出数据。
admin-language = 邮件语言
admin-invite-submit = 发送邀请
admin-invited = 已向 { $email } 发送邀请。
admin-mail-failed = 邮件无法发送：{ $reason }。没有丢失任何内容；请检查邮件设置后再试。
admin-error-email = 请输入有效的电子邮箱地址。
admin-error-email-taken = 已经有人用这个地址注册了账户。
admin-col-email = 电子邮箱
admin-col-status = 状态
admin-status-active = 已启用
admin-status-invited = 已邀请

admin-audit-title = 审计日志
admin-col-when = 时间
admin-col-who = 人员
admin-col-what = 操作
audit-consultation-created = 创建了意见征集 { $detail }
audit-consultation-launched = 启动了 { $detail }
audit-consultation-closed = 结束了 { $detail }
audit-consultation-reopened = 重新开放了 { $detail }
audit-settings-changed = 更改了 { $detail } 的设置
audit-channel-created = 添加了渠道 { $detail }
audit-user-invited = 邀请了 { $detail }
audit-password-set = 设置了自己的密码
audit-password-reset-requested = 申请了重置密码
audit-user-created = 创建了账户 { $detail }
audit-system = （命令行）

error-forbidden-title = 您无权进行这项操作
error-forbidden-body = 您的角色不允许进行这项操作。请联系您所在机构的所有者。

poster-call = 说出你的想法！用手机相机扫一扫这个码。
poster-or-visit = 或者打开这个网址：
poster-free = 不要钱，也不用写名字。只要几分钟。

email-invite-subject = 您受邀加入 childvoice 上的 { $org }
email-invite-body = 您已受邀以“{ $role }”的身份加入 childvoice 上的 { $org }。请打开下面的链接设置密码。
email-invite-action = 设置我的密码
email-reset-subject = 重置您的 childvoice 密码
email-reset-body = 有人申请重置您 childvoice 账户的密码。请打开下面的链接设置新密码。
email-reset-action = 设置新密码
email-link-expiry = 链接只能使用一次，72 小时内有效。
email-ignore = 如果您没有预料到这封邮件，可以忽略它。

## Busy, refused and unavailable (answers are always kept on the page)
## 繁忙、被拒绝和暂时无法使用（答案始终保留在页面上）

error-busy-title = 现在有很多人在交答案
error-busy-body = 请过一分钟再试。
error-no-reopen-body = 它已经有人作答，关闭期间数字可能已被查看。新的答卷通过比较会暴露每个新作答者说了什么。请用同一个模板开始新的意见征集。
error-no-reopen-title = 这个意见征集不能重新开放
error-not-yet-title = 现在还不能使用
error-not-yet-body = 意见征集结束后，负责人和分析员可以下载逐份答卷文件，直到答卷被删除为止。
form-busy = 现在有很多人在交答案。请等一分钟，再按一次按钮。你的答案还在这里。
form-check-again = 请检查你的答案，再按一次按钮。
form-unavailable = 我们现在没办法保存答案。请等一分钟，再按一次按钮。你的答案还在这里。
form-honeypot = 这一栏请留空

## One-use codes and safeguarding
## 一次性答题码和儿童保护

code-label = 你的答题码
code-help = 输入你卡片上的答题码。每个码只能让一个人答一次。
code-unknown = 这个答题码不对。请检查一下，再试一次。
code-used = 这个答题码已经用过了。每个码只能用一次。
codes-card-scan = 用手机扫码，或者打开：
thanks-care-title = 谢谢你告诉我们
thanks-care-body = 你写的话很重要。有事让你担心吗？有人在伤害你吗？这都不是你的错。你现在就能找人帮忙：

admin-nav-safeguarding = 儿童保护
admin-safeguarding-title = 待审阅的文字
admin-safeguarding-help = 这些回答里有一些词语，可能表示孩子处于危险之中。请逐条阅读，并按照您机构的儿童保护流程处理。这里没有任何能识别孩子身份的信息：存储之前已删除了联系方式。
admin-safeguarding-none = 没有需要审阅的内容。
admin-reviewed = 标记为已审阅
admin-reviewed-done = 已审阅
admin-col-question = 问题
admin-col-text = 文字
admin-col-day = 日期
admin-col-lead = 儿童保护负责人
admin-make-lead = 设为负责人
admin-remove-lead = 移除
admin-lead-help = 当孩子写的文字需要审阅时，儿童保护负责人会收到邮件通知，并能看到待审阅列表。
admin-field-requires-code = 每份答卷都需要一个一次性答题码
admin-field-requires-code-help = 分发印有答题码的卡片，例如一个班里每个孩子一张。每个码只能提交一份答卷，而且没有人能知道哪个码对应哪份答卷。
admin-codes = 答题码
admin-codes-count = 共 { $total } 个答题码
admin-codes-used = 已使用（意见征集结束后才统计）
admin-codes-generate = 生成答题码
admin-codes-how-many = 生成多少个答题码
admin-codes-print = 打印卡片
admin-error-codes = 请选择 1 到 200 之间的数字。

email-safeguarding-subject = 有孩子写的文字需要您审阅
email-safeguarding-body = { $org } 的一次意见征集收到了一份回答，里面有一些词语可能表示孩子处于危险之中。请登录，在待审阅列表中阅读。为了保护孩子，这封邮件不包含原文。
email-safeguarding-action = 打开待审阅列表

## Read-aloud and shared tablets
## 朗读和共用平板电脑

listen = 听一听
kiosk-next = 几秒钟后，下一个人就能开始了。
kiosk-countdown = { $seconds } 秒后回到开头。
kiosk-more-time = 我还需要一点时间
kiosk-start = 下一个人：重新开始

audit-lead-named = 将 { $detail } 设为儿童保护负责人
audit-lead-removed = 取消了 { $detail } 的儿童保护负责人身份
audit-codes-created = 生成了答题码：{ $detail }
audit-organisation-created = 创建了机构 { $detail }
audit-flag-reviewed = 审阅了一条被标记的文字

## Small-cell suppression
## 小群体数据隐藏

admin-suppressed = 为保护小群体已隐藏
admin-suppressed-note = 人数少于 { $k } 的数字会显示为“少于 { $k }”。
results-perturbed-note = 为了保护每个孩子，每个数字都会向上或向下调整，最多调整 2；同一群人的数字总是按同样的方式调整。所以表格里的数字加起来可能和总数不完全一致。
admin-responses-few = 目前答卷少于 { $k } 份：达到 { $k } 份后才会显示数字。

## Results: dashboard, exports, free texts, publishing, public page
## 结果：数据面板、导出、自由填写的文字、公布、公开页面
results-dashboard = 结果
results-filters = 筛选结果
results-filter-all = 全部
results-filter-audience = 回答者
results-filter-language = 语言
results-filter-area = 区域
results-filter-channel = 渠道
results-filter-apply = 显示
results-filter-clear = 清除筛选
results-exports = 导出
results-export-csv = 结果（CSV 电子表格）
results-export-json = 结果（JSON）
results-export-responses = 每份答卷一行（CSV，不含自由填写的文字）
results-figures-later = 意见征集结束后才会显示数字。作答期间只显示答卷数量：前后比较数字会暴露最新作答者说了什么。
results-export-responses-later = 意见征集结束后，负责人和分析员可以下载逐份答卷文件（已匿名处理：年龄组、语言、地区和渠道的每种组合至少有 k 行相同）。
results-free-texts = 自由填写的回答
results-free-texts-help = 这是人们用自己的话写下的内容。存储之前已删除了联系方式。这些文字只供您的团队查看：它们从不会出现在公开页面或导出文件中。
results-free-texts-none = 这里没有自由填写的回答。
results-text-hidden = 已隐藏
results-text-hide = 隐藏
results-text-show = 重新显示
results-texts-search = 查找词语
results-texts-no-audience = 这里不显示年龄组，因为至少有一个年龄组的答卷少于 { $k } 份。
results-texts-pages = 文字页码
results-texts-first = 第一页
results-texts-next = 下 50 条
results-too-few = 符合这些筛选条件的答卷少于 { $k } 份，所以不显示其他内容。请减少筛选条件。
results-total-hidden = 这里的答卷数量已隐藏，因为它可能让人推算出一个小群体。
results-by-audience = 按年龄组
results-by-language = 按语言
results-by-area = 按区域
results-by-channel = 按渠道
results-by-day = 按日期
results-questions = 逐题查看回答
results-no-area = 未填写区域
results-no-channel = 无渠道（直接链接）
results-no-answer = 未回答
results-fewer-than = 少于 { $k }
results-col-answer = 回答
results-col-count = 人数
results-col-percent = 占比
results-total = 总计
results-multiple-help = 每人可以选多个答案，所以占比加起来会超过 100%。
results-rank-help = 人数是把这一项排在第一位的人数；下表给出平均排名（1 为最好）。
results-mean-scale = 平均：{ $mean }（满分 { $points }）
results-mean = 平均：{ $mean }
results-mean-place = 平均排名
results-publication = 告诉孩子们接下来会怎样
results-publication-help = 意见征集结束后，请公布结果。孩子们会用自己的语言看到简单的图表和句子，以及您的说明：您听到了什么、将要做什么。您之后添加的进展也会显示出来。
results-public-link = 查看公开结果页面
results-publish = 公布结果
results-unpublish = 撤下结果
results-publish-after-close = 意见征集结束后才能公布结果。
results-statement = 我们听到了什么，我们将做什么
results-expected-on = 孩子们什么时候可以看到结果
results-updates = 之后的进展
results-update-date = 日期
results-update-text = 发生了什么
results-update-add = 添加这条进展
results-update-delete = 删除
results-expected = 结果会在 { $date } 公布。
results-public-count = { $n ->
    [one] 有 1 个人回答了。谢谢大家！
   *[other] 有 { $n } 个人回答了。谢谢大家！
  }
results-public-too-few = 回答的人还不够多。现在公布结果，可能会让人被认出来。
results-public-audience-age-5-8 = 5 到 8 岁的孩子说
results-public-audience-age-9-12 = 9 到 12 岁的孩子说
results-public-audience-age-13-17 = 13 到 17 岁的青少年说
results-public-audience-parent = 家长和照顾者说
results-public-most = { $audience ->
    [parent] 大多数家长和照顾者选了：{ $answer }
   *[other] 和你同龄的孩子，大多数选了：{ $answer }
  }
results-back = 回到开头
email-close-subject = 已结束：{ $title }
email-close-body = 意见征集“{ $title }”已经结束。下面是大家回答的初步情况。
email-close-top = 选得最多的答案：
email-close-action = 打开结果面板
audit-results-published = 公布了 { $detail } 的结果
audit-results-unpublished = 撤下了 { $detail } 的结果
audit-results-exported = 导出了结果（{ $detail }）
audit-text-hidden = 隐藏了一条自由填写的回答
audit-text-shown = 重新显示了一条自由填写的回答
audit-statement-changed = 更改了 { $detail } 的说明
audit-update-added = 添加了一条日期为 { $detail } 的进展
audit-update-deleted = 删除了一条进展

## API tokens
## API 令牌
admin-nav-api = API
admin-nav-languages = 语言
admin-languages-title = 语言
admin-languages-help = 每种语言完成了多少。翻译在 Fluent 文件里进行（界面是 locales/LANG/main.ftl，模板是 surveys/TEMPLATE/LANG.ftl）；Pontoon 和 Weblate 都能读取。新语言是 CHILDVOICE_LOCALES_DIR 下的一个文件夹。
admin-languages-interface = 界面
admin-languages-language = 语言
admin-languages-translated = 已翻译的文字
admin-languages-progress = 进度
api-title = API 令牌
api-help = 有了令牌，您城市的数据看板和开放数据门户就能通过 JSON API 读取汇总结果。这里对小群体的保护和其他地方完全一样。请像对待密码一样对待令牌。
api-docs = API 的 OpenAPI 说明见
api-token-name = 名称（令牌的用途）
api-token-create = 创建令牌
api-token-created = 这是您的新令牌。请现在复制：它不会再次显示。
api-tokens-none = 还没有令牌。
api-col-name = 名称
api-col-created = 创建时间
api-col-state = 状态
api-token-active = 有效
api-token-revoked = 已于 { $date } 撤销
api-token-revoke = 撤销
audit-api-token-created = 创建了 API 令牌 { $detail }
audit-api-token-revoked = 撤销了 API 令牌 { $detail }

## Maps: area sets, map questions and maps of results
## 地图：区域集、地图题和结果地图
map-north = 北
map-metres = { $n } 米
map-km = { $n } 公里
map-legend-none = 无
form-map-alt-area = 城市地图。点一下你要选的那片地方。
form-map-alt-place = 城市地图。点一个地方，就能把它标出来。
form-map-help-area =
    { $audience ->
        [age-5-8] 点一下地图，或者在下面选一个名字。
       *[other] 点一下地图，或者从下面的列表里选。两种方法得到的答案一样。
    }
form-map-help-place =
    { $audience ->
        [age-5-8] 在地图上点一下那个地方。
       *[other] 点一下地图，标出一个地方。我们只保存大概的位置，从不保存准确的地点。
    }
form-map-outside = 这个点在地图上的区域外面。请在城里点一下。
form-place-full = 能标的地方已经标满了。先取消一个，才能再标一个。
form-place-none =
    { $audience ->
        [age-5-8] 还没有标出任何地方。
       *[other] 还没有标出地方。
    }
form-place-by-list = 或者从列表里添加城里的一个地方
form-place-add = 添加
form-place-max = 最多可以标 { $max } 个地方。取消勾选就能去掉一个地方。
form-place-marked = 第 { $n } 个地方，在 { $area }
form-place-marked-plain = 第 { $n } 个地方
results-place-help = 地点按地图方格计数。人数少于最小人数的方格会画上斜线。
results-export-geojson = 按区域和地图方格的计数（GeoJSON，可用于 QGIS 或 ArcGIS）
admin-nav-areas = 区域和地图
admin-areas-title = 区域和地图
admin-areas-intro = 请以 GeoJSON 格式上传您的行政区、社区或学区。意见征集可以从中选用区域。这样，参与者就能在地图上作答，结果也会显示在地图上。
admin-areas-none = 还没有区域集。
admin-areas-col-title = 标题
admin-areas-col-version = 版本
admin-areas-col-areas = 区域
admin-areas-col-uploaded = 上传时间
admin-areas-upload = 上传区域集
admin-areas-rejected = 文件未保存。请解决以下问题后重新上传：
admin-areas-file = GeoJSON 文件
admin-areas-file-help = 由 Polygon 或 MultiPolygon 要素组成的 FeatureCollection，使用 WGS84 经纬度，最多 { $max } 个区域、5 MB。各语言的名称按 OpenStreetMap 的方式填写：name、name:fr、name:ar。
admin-areas-slug-help = 用同一个短标识再次上传，即可生成新版本。各意见征集会保留分配给它们的版本。
admin-areas-name-property = 存放名称的属性
admin-areas-name-property-help = 通常是“name”。译名从同一属性加“:”和语言代码读取，例如 name:fr。
admin-areas-upload-button = 上传
admin-areas-version = 版本 { $n }
admin-areas-summary =
    { $n ->
       *[other] { $n } 个区域。
    }
admin-areas-map-alt = 本区域集中各区域的地图
admin-areas-download = 下载 GeoJSON
admin-areas-names = 各区域名称
admin-areas-name = 名称
admin-areas-error-file = 请选择要上传的 GeoJSON 文件。
admin-areas-error-utf8 = 该文件不是 UTF-8 编码的文本。请将其另存为 GeoJSON 后再试。
admin-areas-default-title = 区域
admin-field-area-set = 用于地图的区域集
admin-field-area-set-none = 无：使用上面的区域列表
admin-field-area-set-help = 选用区域集后，其中的区域会取代上面的列表，有关地点的问题会在地图上提问。
admin-error-area-set = 请从您所在机构的区域集中选择一个。
admin-field-grid = 标记地点所用的地图方格
admin-field-grid-hex = 六边形
admin-field-grid-square = 正方形
admin-field-grid-metres = 大小（米，至少 100）
admin-field-grid-help = 标记的地点只按它所在的方格保存，从不保存为准确的点。方格越大，对孩子的保护越好。
admin-error-grid = 大小必须是 100 到 5000 之间的整数（米）。
admin-area-set-choice = { $title }（版本 { $version }，{ $areas } 个区域）
audit-area-set-uploaded = 上传了区域集 { $detail }
geo-feature-named = 要素 { $n }（{ $name }）：{ $problem }
geo-feature = 要素 { $n }：{ $problem }
geo-ring-outer = 外环
geo-ring-hole = 第 { $hole } 个内环
geo-ring-polygon-outer = 第 { $polygon } 个多边形的外环
geo-ring-polygon-hole = 第 { $polygon } 个多边形的第 { $hole } 个内环
geo-too-large = 文件超过 { $max } MB。
geo-not-json = 这不是 JSON（第 { $line } 行，第 { $column } 列）。请将文件另存为 GeoJSON。
geo-not-collection = 这不是 GeoJSON FeatureCollection。
geo-not-wgs84 = 文件声明的坐标系是 { $crs }。坐标必须是 WGS84 经纬度：请重新投影，例如使用 ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson。
geo-no-feature-list = 该 FeatureCollection 没有要素列表。
geo-no-features = 该 FeatureCollection 中没有任何要素。
geo-too-many-features = 文件中有 { $n } 个要素。一个区域集最多只能有 { $max } 个：请合并较小的区域，或上传行政区而不是街区。
geo-too-many-positions = 文件中有 { $n } 个坐标点，最多只允许 { $max } 个。请先简化。
geo-too-wide = 这些区域的范围是 { $width } × { $height } 公里。一个区域集只能是一个城镇或地区，跨度最多 { $max } 公里。
geo-not-a-feature = 这不是 GeoJSON Feature。
geo-no-name = 没有用来命名的“{ $property }”属性。
geo-no-id = 没有可用的 id：请添加“id”属性，只能由小写字母、数字和“-”组成。
geo-id-taken = 它的 id“{ $id }”已被另一个要素使用。请为每个要素设置各自的“id”属性。
geo-no-geometry = 没有几何图形。
geo-no-geometry-type = 几何图形没有类型。
geo-not-an-area = 它的几何类型是 { $type }。只有 Polygon 和 MultiPolygon 要素才能作为区域。
geo-no-polygons = 这是一个不含任何多边形的 MultiPolygon。
geo-no-rings = 缺少{ $ring }：该多边形没有任何环。
geo-not-positions = { $ring }不是坐标点列表。
geo-bad-position = { $ring }，第 { $position } 个坐标点：应为 [经度, 纬度]。
geo-out-of-range = { $ring }，第 { $position } 个坐标点：[{ $lon }, { $lat }] 不是 ±180 以内的经度和 ±90 以内的纬度。
geo-projected = { $ring }，第 { $position } 个坐标点：[{ $lon }, { $lat }] 看起来是以米为单位的投影坐标，而不是经纬度。请重新投影为 WGS84，例如使用 ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson。
geo-too-few-positions = { $ring }只有 { $n } 个坐标点。一个环至少需要 4 个。
geo-not-closed = { $ring }没有闭合：最后一个坐标点必须与第一个相同。
geo-self-intersection = { $ring }与自身相交（自相交）。
geo-hole-outside = { $ring }位于外环之外。
geo-rings-cross = { $ring }与同一多边形的另一个环相交。
geo-polygons-overlap = 该要素的第 { $polygon } 个和第 { $other } 个多边形重叠或有共同的边。

## 城市网络：指标库、网络数据看板、模板库、共享和开放数据。
admin-nav-networks = 城市网络
indicator-cfc-safe-journey = 路上安全
indicator-cfc-safe-journey-definition = 在上学路上和城里走动时感觉良好或安全的儿童和家长所占比例：5-8 岁取三级笑脸量表的最高一级，其他年龄取五级量表的最高两级。
indicator-cfc-independent-mobility = 独立出行
indicator-cfc-independent-mobility-definition = 9 岁及以上儿童（以及谈及自己孩子的家长）中，表示孩子被允许、也有能力在没有成人陪同的情况下在城里活动的人所占比例。
indicator-cfc-plays-outside = 大多数日子在户外玩耍
indicator-cfc-plays-outside-definition = 表示孩子大多数日子在户外玩耍或与朋友见面的儿童和家长所占比例。
indicator-cfc-safe-outside = 户外安全
indicator-cfc-safe-outside-definition = 在孩子们户外玩耍的地方感到安全的儿童和家长所占比例：5-8 岁取三级笑脸量表的最高一级，其他年龄取五级量表的最高两级。
indicator-cfc-place-to-play = 附近有免费的玩耍场所
indicator-cfc-place-to-play-definition = 表示家附近有孩子可以免费玩耍或聚会的地方的 9 岁及以上儿童（以及家长）所占比例。
indicator-cfc-heard-by-city = 城市倾听儿童
indicator-cfc-heard-by-city-definition = 认为城市倾听儿童意见的 9 岁及以上儿童（以及家长）所占比例：取五级量表的最高两级。
network-title = 城市网络
network-help = 城市网络共享指标、问卷，以及各城市针对孩子们的意见采取了哪些行动。网络向您的机构发出邀请、并由您机构的所有者接受后，您的机构即加入该网络。
network-hosted = 您运营的网络
network-memberships = 您的机构加入的网络
network-memberships-none = 您的机构还没有加入任何网络。
network-member-since = 自 { $date } 起成为成员
network-invited = { $network } 邀请您的机构加入。
network-accept = 接受邀请
network-accept-owner = 您机构的所有者可以接受邀请。
network-library = 模板库
network-public-page = 公开页面
network-dashboard-help = 成员城市的指标，来自各城市在意见征集结束后选择共享的意见征集。每个数值都来自该城市已经公布的数字；小群体仍然隐藏。
network-links = 网络页面和下载
network-download-csv = 指标（CSV）
network-download-json = 指标（JSON）
network-download-package = 已公布指标的开放数据包
network-indicators = 指标
network-indicator = 指标
network-show = 显示
network-no-values = 还没有成员城市共享过针对这个群体测量此指标的意见征集。
network-trend = 每个城市的历轮结果
network-latest = 各城市并列比较（最近一轮）
network-values = 数值及其 95% 区间
network-col-city = 城市
network-col-wave = 轮次（结束日期）
network-col-share = 占比
network-col-interval = 95% 区间
network-col-counts = 计入的回答 / 全部回答
network-no-answers = 没有回答
network-method = 方法：每个数值是一次意见征集中某个群体对某个问题的回答里，计入该指标的回答所占的比例，日期以意见征集的结束日期为准。它只根据该城市已公布的数字计算。如果所需的任何一个数字显示为“少于 k”，就不给出数值。区间为 Wilson 95% 得分区间。
network-members = 成员城市
network-members-none = 还没有邀请任何机构。
network-col-member = 机构
network-col-invited = 邀请日期
network-col-joined = 加入日期
network-pending = 邀请待接受
network-invite-label = 邀请机构
network-invite-help = 该机构的短标识（slug），其所有者可以在本机构的页面上看到，例如 riverton。
network-invite = 发送邀请
network-error-no-organisation = 没有使用这个标识的机构。
network-error-invited = 这个机构已被邀请，或已是成员。
network-library-title = { $network } 的模板库
network-library-help = 成员城市发布、供其他城市再次使用的问卷。复制后会成为您机构的一个新的意见征集草稿，并注明来源城市。
network-library-empty = 还没有发布任何模板。
network-col-template = 模板
network-col-version = 版本
network-col-published = 发布日期
network-copy = 复制
network-copy-label = 将 { $template } 复制为新的意见征集草稿
network-publish = 发布模板
network-publish-label = 问卷所属的意见征集
network-publish-help = 这次意见征集所用的模板（含所有语言）会作为下一个版本发布。您自己的措辞会一起发布；回答则永远不会。
network-publish-button = 发布到网络
network-published = 已发布为版本 { $version }。
network-copied-from = 模板复制自 { $source }。
network-sharing = 城市网络
network-sharing-help = 共享的意见征集只在结束后向网络提供已公布的数字：绝不包括自由填写的文字、单份回答或任何少于 k 的数字。结果公布后，网络的公开页面就会列出它。
network-shared = 已共享
network-not-shared = 未共享
network-share = 与 { $network } 共享
network-unshare = 停止与 { $network } 共享
network-public-lead = 孩子和家庭对各成员城市说了什么，以及每个城市表示将要做什么。
network-public-members =
    { $n ->
       *[other] { $n } 个成员城市
    }
network-public-none = 还没有成员公布共享的结果。
network-public-closed = 回答收集截至 { $date }。
network-public-shown-in = 显示语言：{ $language }。这个城市没有用所选语言写这段内容。
network-public-results = 全部结果
network-public-data = 开放数据
network-public-languages = 语言
results-open-data = 以开放数据形式下载这些结果（由 CSV 文件组成的 Frictionless Data Package）
audit-other-organisation = 其他机构的人员
audit-network-created = 创建了网络 { $detail }
audit-network-member-invited = 邀请了 { $detail } 加入网络
audit-network-invitation-received = 收到了加入网络 { $detail } 的邀请
audit-network-joined = 加入了网络 { $detail }
audit-network-member-accepted = 有成员接受了邀请：{ $detail }
audit-network-indicators-exported = 导出了网络的指标（{ $detail }）
audit-template-published-to-network = 向网络发布了模板：{ $detail }
audit-network-template-published = 有成员向模板库发布了模板：{ $detail }
audit-template-copied-from-network = 从网络的模板库复制了模板：{ $detail }
audit-consultation-shared-with-network = 与网络共享了意见征集：{ $detail }
audit-consultation-unshared-from-network = 停止了与网络共享意见征集：{ $detail }
assent-skip-except =
    { $n ->
       *[other] 哪个问题都可以跳过，只有这 { $n } 个问题一定要回答：{ $questions }
    }
form-exclusive = “{ $option }”只能单独选，不能和别的答案一起选。
error-exclusive = “{ $option }”不能和别的答案一起选。请只选它，或者取消它。
xlsform-other = 其他
xlsform-other-say = 请写出是什么。
admin-template-xlsform = 下载为 XLSForm（.xlsx）
admin-template-folder = 下载模板文件夹（.zip）
admin-nav-templates = 模板
admin-templates-title = 您的机构的模板
admin-templates-intro = 您的机构导入的问卷。每次导入都会生成一个新版本；意见征集会保留它创建时所依据的版本。
admin-templates-shipped = childvoice 自带的模板在新建意见征集页面上。
admin-templates-none = 您的机构还没有自己的模板。
admin-templates-col-title = 模板
admin-templates-col-source = 来源
admin-templates-use-label = 以 { $template } 为基础新建意见征集草稿
admin-templates-import = 导入 XLSForm 或模板文件夹
admin-templates-file = XLSForm 工作簿（.xlsx）或模板文件夹（.zip）
admin-templates-file-help = 来自 KoboToolbox、ODK 或 SurveyCTO 的 XLSForm（包含 survey、choices 和 settings 工作表），或在此处下载的模板文件夹（survey.toml、每种语言一个 .ftl 文件、图片）。childvoice 无法提问的所有内容都会列出并注明位置；全部修正之前，不会保存任何内容。
admin-templates-import-button = 导入
admin-templates-rejected =
    { $n ->
       *[other] 工作簿未导入：请解决这 { $n } 个问题后重试。
    }
admin-templates-imported = 已导入 { $template }，版本 { $version }。
audit-template-imported = 导入了模板 { $detail }
audit-template-created = 创建了模板 { $detail }
admin-templates-texts-title = 文字（{ $language }）
admin-templates-languages = 各语言及其填写进度
admin-templates-problems =
    { $n ->
       *[other] 这个版本有 { $n } 个问题；可以保存，但在问题解决之前，不能用它创建意见征集：
    }
admin-templates-everyone = 所有参与对象
admin-templates-for = 参与对象：{ $audience }
admin-templates-save = 保存为新版本
admin-templates-new = 新建模板
admin-templates-new-help = 它从一个问题开始；请在问题页面添加其他问题，然后填写它们的文字。
admin-templates-new-button = 创建模板
admin-templates-id = 模板标识
admin-templates-id-help = 小写字母、数字和连字符。留空时根据标题生成。
admin-templates-default-language = 最先撰写所用的语言
admin-templates-areas = 片区（标识）
admin-templates-areas-help = 每行一个，例如 north-district。它们的名称在文字页面填写。
admin-templates-settings = 语言和对象
admin-templates-settings-title = { $template } 的语言和对象
admin-templates-settings-help = 新增的语言起初没有文字：请在文字页面翻译。移除的对象会从所有问题中移除。保存会生成新版本。
admin-templates-save-settings = 保存为新版本
admin-templates-diff = 改动
admin-templates-diff-title = 版本 { $version } 的改动
admin-templates-diff-first = 这是第一个版本。
admin-templates-diff-none = 与上一个版本相比没有任何改动。
admin-templates-edit-texts = 编辑文字
admin-templates-copy = 复制 childvoice 自带的模板
admin-templates-copy-label = 要复制到您的模板库、以便修改文字的模板
admin-templates-copy-button = 复制
audit-template-copied = 复制了一个自带模板：{ $detail }
audit-template-edited = 编辑了一个模板的文字：{ $detail }
admin-editor-questions = 编辑问题
admin-editor-title = { $template } 的问题
admin-editor-id = 新问题的标识（id）
admin-editor-id-help = 小写字母（a-z）、数字和“-”，必须以字母开头；以后不能更改。之后请在文字页面上填写它的文字。
admin-editor-kind = 类型
admin-editor-kind-single = 单选
admin-editor-kind-multiple = 多选
admin-editor-kind-scale = 笑脸（5-8 岁 3 个，其他年龄 5 个）
admin-editor-kind-text = 自由填写的文字
admin-editor-kind-number = 整数
admin-editor-kind-area = 区域（社区）
admin-editor-kind-rank = 排序
admin-editor-kind-place = 地图上的地点
admin-editor-kind-note = 供阅读的文字，无需回答
admin-editor-kind-grid = 矩阵：多条陈述，同一个量表
admin-editor-options = 答案标识，每行一个
admin-editor-options-help = 如果答案来自共享列表，或者该类型没有答案，请留空。
admin-editor-list = 共享的答案列表
admin-editor-statements = 矩阵中的陈述（标识），每行一个
admin-editor-required = 必须回答（5-8 岁从不要求）
admin-editor-new-page = 从新的一屏开始
admin-editor-show-if = 仅当前面这个问题……
admin-editor-any-of = ……的回答是以下标识之一时才提问（用空格分隔）
admin-editor-join = 有多个条件时
admin-editor-join-all = 必须全部满足
admin-editor-join-any = 满足一个即可
admin-editor-validated-wording = 标准化量表：措辞不得更改（对 13-17 岁和家长的长句只给出警告，不算错误）
admin-editor-min = 最小数
admin-editor-max = 最大数，或最多可选的答案数、地点数
admin-editor-exclusive = 只能单独选的答案（标识，用空格分隔）
admin-editor-other = 会打开“其他，请写出是什么”的答案（它的标识）
admin-editor-indicator = 它测量的指标
admin-editor-add = 添加问题
admin-editor-up = 上移
admin-editor-down = 下移
admin-editor-delete = 删除
admin-editor-edit = 修改
admin-editor-pictures = 给 5-8 岁儿童看的图片
admin-editor-pictures-help = 年幼的孩子通过图片来选择。可以是 SVG 格式的图画（小而简单，不含脚本），也可以是 PNG、JPEG 或 WebP 格式的照片或图画，系统会将其缩小，并删除文件中关于拍摄地点和时间的信息。
admin-editor-picture-has = 已有图片；上传另一张即可替换
admin-editor-picture-none = 还没有图片
admin-editor-picture-upload = 上传图片
admin-templates-pictures-needed = 在用此模板开始意见征集之前，请在问题页面为 5-8 岁儿童上传以下选项的图片：{ $options }。
admin-templates-stale = 这是第 { $version } 版，第 { $newest } 版更新：为了不丢失之后保存的内容，本次没有保存。请打开最新版本再修改。
admin-editor-preview = 预览身份
form-preview = 这是预览：按钮只在页面之间切换，不会发送任何内容。
form-preview-back = 返回编辑器
