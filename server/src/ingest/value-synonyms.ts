/**
 * Words bureaus write for the values a declared enumeration allows (PropertySpec.values), by allowed value.
 * Only the synonyms of the property's own values are consulted, so 区 is 区级 for a platform's level and
 * 区县 for a region's. The declaration stays the one list of what may be stored.
 */
export const VALUE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // Levels of platforms, specialists and programmes (PLATFORM_LEVELS).
  国家级: ['国家', '国家重点', '国字号', 'national'],
  省级: ['省', '省部级', '省重点', 'provincial'],
  市级: ['市', '地市级', '市重点', 'municipal', 'city'],
  区级: ['区', '县级', '区县级', '县区级', '区县', '县', 'district', 'county'],
  // Administrative levels of regions.
  省: ['省级', '省份', '自治区', 'province'],
  市: ['市级', '地级市', '地市', '地市级', 'city'],
  区县: ['区', '县', '区级', '县级', '县区', '县级市', '区县级', 'district', 'county'],
  // University / institute types.
  高校: ['大学', '高等院校', '高等学校', '学院', '院校', 'university', 'college'],
  科研院所: ['研究所', '研究院', '科研机构', '院所', '研究机构', 'institute'],
  科学院: ['中科院', 'academy'],
  行业协会: ['协会', '学会', '联合会', '商会', 'association'],
  // Kinds of specialist.
  专家: ['专家学者', 'expert'],
  科技特派员: ['特派员', '科技特派', 'science envoy'],
  外国专家: ['外籍专家', '外专', '海外专家', '外国人才', 'foreign expert'],
  人才工程入选者: ['人才工程', '入选者', '人才计划入选者'],
  高层次人才: ['高层次', '高端人才', '领军人才'],
  // Platform types.
  院士工作站: ['院士站', '院士专家工作站'],
  重点实验室: ['实验室'],
  工程技术研究中心: ['工程研究中心', '工程中心', '工程技术中心', '技术研究中心'],
  科技企业孵化器: ['孵化器', '企业孵化器', '孵化基地'],
  众创空间: ['创客空间'],
  农业科技园区: ['农业科技园', '农科园'],
  农高区: ['农业高新技术产业示范区'],
  // Programme types.
  科技计划: ['科技项目', '科技专项'],
  人才工程: ['人才计划', '人才项目'],
  政策文件: ['政策', '文件'],
  专项活动: ['活动', '专项行动'],
  // States of a need (need-register.ts).
  待对接: ['待解决', '未解决', '未对接', '未完成', '待落实', 'open'],
  对接中: ['正在对接', '进行中', '推进中', '洽谈中', 'in progress'],
  已解决: ['已完成', '已对接', '已落实', '解决', '完成', 'solved', 'done'],
  需继续对接: ['继续对接', '需继续合作', '继续合作', '一对一指导', '持续跟进'],
  已关闭: ['关闭', '已终止', '终止', '已取消', '取消', '撤销', 'closed'],
  // Types of a need.
  技术: ['技术需求', '技术难题', '技术攻关', '技术合作', 'technology'],
  人才: ['人才需求', '人才引进', '引才', '用工', 'talent'],
  资金: ['资金需求', '融资', '资金支持', '融资需求', 'funding'],
  平台: ['平台需求', '平台建设', '平台共建', 'platform'],
  其他: ['其它', '其他需求', 'other'],
  // Kinds of 对接 and of activity.
  座谈: ['座谈会', '座谈交流', '交流座谈'],
  考察走访: ['考察', '走访', '实地考察', '实地调研', '调研走访', '上门走访'],
  专家来访: ['专家垦利行', '专家调研', '专家来区', '来访'],
  线上对接: ['线上', '视频对接', '视频会议', '网上对接', 'online'],
  对接会: ['产学研对接会', '洽谈会', '推介会', '对接活动'],
  签约: ['签订', '签约仪式', '签订协议', '签订合同'],
  培训: ['培训班', '培训会'],
};
