import { zhConcept as c } from './concepts.js';

/**
 * Chinese concepts for abuse worded without its keywords: menace by an unnamed consequence, knowing where the
 * debtor or the family is, third parties on the receiving end, restricting a property service for unpaid fees,
 * charging for collection itself. Words are regular-expression fragments, as in lexicon-zh.ts.
 */
export const ZH_IMPLIED = {
  // An unnamed harm held over the debtor: 后果, 下场, "别的办法", "出什么事", "你看着办".
  menace: c`
后果 下场 代价 好果子 不客气 不好看 难看 承受不起 吃不消 扛不住 受不了 够你受 有你受 (发生|出)(点)?什么(事)? 出(点)?事 干出(点)?什么 做出(点)?什么
挽回不了 无法挽回 没法挽回 安稳日子 太平日子 好日子 日子(不|难)好过 看着办 (掂量|掂掂) 心里有数 识趣 识相 得罪(我们|我) 撕破脸 翻脸 手段 闹到那一步
(采取|用|换|动用|使用)(一种|个|些)?(其他|别的|另一种|另外的?|其它|非常|特殊|强硬|我们的)(的)?(方式|手段|办法|法子) 换(一种|个)(方式|方法|办法|法子)
有的是(办法|手段|法子|人|时间) (别|你|您)以为[^，。]{0,12}(躲|跑|搬|换|逃|没事|算了) 找(得到|不到|得着)(你|您) (跑|躲|逃)(不了|不掉|得了|到哪)
别让(我们|我)的?人?(亲自)?(去|来|上门|找) (留意|注意|小心|当心)(身后|背后|点|些|一点) 祈祷 (不想|不希望)[^，。]{0,8}(出|有)(什么)?(事|意外)
`,
  // Where the debtor or the family can be found, said by someone who watches: 在哪, 几点, 哪条路, 几楼.
  whereabouts: c`
在哪 哪家 哪个(学校|小区|车位|单位|公司|班) 哪条路 哪所 哪里 住几楼 几楼 几点 几号楼 放学 上学 下班 出门 车位 车牌 开什么车 在那边 门牌号 住哪
`,
  watch: c`
知道 清楚 清清楚楚 一清二楚 看着 看得到 看得见 盯着 掌握 门儿清 摸清 查到 有人在
`,
  // Calls or visits until the debtor gives in.
  untilYou: c`
直到(你|您)[^，。]{0,6}(还|接|回|付|出来|露面|开门) 打到(你|您)(接|还|回) 轮流 轮番 一遍遍 一遍一遍 每周[^，。]{0,4}次 每隔 不间断 全天候 二十四小时
`,
  // Someone sent to, or posted at, the debtor's places.
  visitWork: c`
(去|到|上|来)(你|您)(的)?(上班|工作)的地方 (去|到|上|来)(你|您)(的)?(单位|公司|办公室|店里|学校|厂里|工地)
`,
  sentPerson: c`
派人 安排人 安排专人 专人 我们的人 有人 催收员 外访员 兄弟们 几个兄弟
`,
  yourPlace: c`
(你|您)(的)?(家|住的地方|住处|公司|单位|小区|楼道|楼下|家门口|门口|上班的地方|工作的地方|前台|店里|宿舍) 欠费业主家门口 业主家门口
`,
  // Third parties on the receiving end: 会接到我们的电话, 收到短信, 听说你的事.
  receive: c`
接到 收到 听说 听到 得知 了解到 知道
`,
  news: c`
我们 我方 电话 短信 消息 函件 函 信 通知 催款 欠 债 情况 事
`,
  // Asking people around the debtor to press for payment: 请你亲友帮忙劝你.
  enlist: c`
劝 劝劝 转告 转达 帮忙 督促 提醒 催 说服 做工作 施压 出面
`,
  // Making the debt public: the act, what is shown, and where.
  publish: c`
公布 公示 公开 张贴 贴 列出 列在 滚动播放 滚动显示 播放 显示 宣读 曝光 挂 登 印在 发到 出现在 放到 上墙 展示 留言
`,
  exposed: c`
名字 姓名 照片 房号 门牌号 身份证 欠条 借款记录 欠款金额 欠款情况 欠费情况 名单 视频 头像 欠钱 欠款 欠债 赖账
`,
  venue: c`
公示牌 公示栏 公告栏 宣传栏 电子屏 显示屏 大堂 门口 楼道 电梯 电梯间 单元 群 朋友圈 公众号 平台 网上 网络 业主大会 大会 全小区 村 单位 短视频 抖音 快手 微博 网站
动态
`,
  // Property services restricted to press for fees (民法典 第944条 第3款).
  restrict: c`
停止 暂停 中止 终止 不再 无法 不能 不得 不予 拒绝 取消 注销 锁定 关闭 关停 删除 移出 失效 作废 禁用 停用 限制 刷不开 打不开 开不了 进不去 进不了 出不去 用不了 充不了
不放行 不予放行 不开通 拦 别想 就别
`,
  propertyService: c`
电梯 梯控 门禁 门禁卡 电梯卡 门卡 水卡 电卡 气卡 供水 供电 供暖 供热 供气 用水 用电 用气 燃气 暖气 热水 水电 停车 车位 车库 地库 停车场 道闸 车牌 白名单 车辆 进出 出入
进入小区 快递 网络 宽带 权限 阀门 购电 充值 购水 水 电 气
`,
  arrears: c`
欠费 欠缴 拖欠 未缴 未交 不缴 不交 没交 没缴 欠 结清 缴清 交清 补缴 补交 物业费 费用 缴费 交费 缴纳
`,
  // A charge for collecting itself: 上门费, 催收人工成本, 每条短信收费.
  collectionCost: c`
(催收|催款|上门|外访|追偿|追讨|委托催收|催告|短信|电话|打电话|人工|交通|差旅|跑腿|辛苦)[^，。]{0,6}(费|成本|补贴|佣金|提成|开支)
(每次|每条|每个|每通|每打|一次)[^，。]{0,8}(收|收取|收你|加收|另付|付) 罚(你|您)
`,
  // Payment to a person: 我老婆的卡, 我个人的收款码, 专员名下的账户.
  personPays: c`
(老婆|老公|爱人|媳妇|表哥|表姐|表弟|表妹|哥哥|姐姐|弟弟|妹妹|朋友|同学|亲戚|主管|经理|业务员|专员|员工|同事|财务)[^，。]{0,4}的(银行)?(卡|账户|账号|微信|支付宝)
(专员|业务员|员工|经理|主管|个人|[张王李赵刘陈杨黄周吴孙]某)名下的?(银行)?(账户|卡|账号) (我|本人)个人的?(收款码|二维码|账户|账号|卡|微信|支付宝) (转|打|付|给)(给)?我本人 (转|打|汇|付)(给|到)我(本人|个人|这里|这儿)?(就行|就好|即可|吧)
我本人的?(账户|卡|微信|支付宝)
`,
  // Legal steps claimed in words the court lexicon lacks.
  courtStepMore: c`
判了 已判 判下来 输了 清点财产 清点 扣除工资 扣工资 执行令 限高令 限消令 拉黑 自动冻结
`,
  officersComing: c`
(警察|公安|民警|法警|执行局|执行法官|法院)(的人)?[^，。]{0,8}(上门|来找(你|您)|到(你|您)家|找(你|您)|带走(你|您)|来抓|抓(你|您)|到(你|您)(的)?(单位|公司))
(本函|本通知|此函)(为|是|系)[^，。]{0,10}(执行通知|传票|判决|裁定|法院) (法院|人民法院|执行局|公安|检察院|政府|司法)[^，。]{0,8}委托(的|我|本|送达)
`,
} as const;
