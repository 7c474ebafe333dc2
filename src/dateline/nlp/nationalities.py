"""Nationality words and the countries they belong to: "the Ethiopian" in a race report is
the one runner the article placed in Ethiopia. Data, not logic; countries are written as
the article writes them, demonyms in lower case."""
from __future__ import annotations

_TABLE = """
Afghanistan: afghan | Albania: albanian | Algeria: algerian | Angola: angolan
Argentina: argentine argentinian | Armenia: armenian | Australia: australian
Austria: austrian | Azerbaijan: azerbaijani | Bahrain: bahraini | Bangladesh: bangladeshi
Belarus: belarusian | Belgium: belgian | Bolivia: bolivian | Bosnia: bosnian
Botswana: motswana | Brazil: brazilian | Bulgaria: bulgarian | Burundi: burundian
Cambodia: cambodian | Cameroon: cameroonian | Canada: canadian | Chile: chilean
China: chinese | Colombia: colombian | Congo: congolese | Croatia: croatian | Cuba: cuban
Cyprus: cypriot | Czech Republic: czech | Denmark: dane danish | Ecuador: ecuadorian
Egypt: egyptian | Eritrea: eritrean | Estonia: estonian | Ethiopia: ethiopian
Finland: finn finnish | France: frenchman frenchwoman | Georgia: georgian | Germany: german
Ghana: ghanaian | Greece: greek | Guatemala: guatemalan | Haiti: haitian
Honduras: honduran | Hungary: hungarian | Iceland: icelander | India: indian
Indonesia: indonesian | Iran: iranian | Iraq: iraqi | Ireland: irishman irishwoman
Israel: israeli | Italy: italian | Ivory Coast: ivorian | Jamaica: jamaican
Japan: japanese | Jordan: jordanian | Kazakhstan: kazakh | Kenya: kenyan | Kosovo: kosovar
Kuwait: kuwaiti | Kyrgyzstan: kyrgyz | Laos: laotian | Latvia: latvian | Lebanon: lebanese
Liberia: liberian | Libya: libyan | Lithuania: lithuanian | Madagascar: malagasy
Malawi: malawian | Malaysia: malaysian | Mali: malian | Mexico: mexican | Moldova: moldovan
Mongolia: mongolian | Montenegro: montenegrin | Morocco: moroccan | Mozambique: mozambican
Myanmar: burmese | Namibia: namibian | Nepal: nepali nepalese | Netherlands: dutchman dutchwoman
New Zealand: new_zealander | Nicaragua: nicaraguan | Niger: nigerien | Nigeria: nigerian
North Korea: north_korean | Norway: norwegian | Oman: omani | Pakistan: pakistani
Palestine: palestinian | Panama: panamanian | Paraguay: paraguayan | Peru: peruvian
Philippines: filipino filipina | Poland: pole polish | Portugal: portuguese | Qatar: qatari
Romania: romanian | Russia: russian | Rwanda: rwandan | Saudi Arabia: saudi
Scotland: scot scotsman scotswoman | Senegal: senegalese | Serbia: serbian serb
Sierra Leone: sierra_leonean | Singapore: singaporean | Slovakia: slovak | Slovenia: slovenian
Somalia: somali | South Africa: south_african | South Korea: south_korean | Spain: spaniard
Sri Lanka: sri_lankan | Sudan: sudanese | Sweden: swede swedish | Switzerland: swiss
Syria: syrian | Taiwan: taiwanese | Tajikistan: tajik | Tanzania: tanzanian | Thailand: thai
Tunisia: tunisian | Turkey: turk turkish | Uganda: ugandan | Ukraine: ukrainian
United States: american | Uruguay: uruguayan | Uzbekistan: uzbek | Venezuela: venezuelan
Vietnam: vietnamese | Wales: welshman welshwoman | Yemen: yemeni | Zambia: zambian
Zimbabwe: zimbabwean | Britain: briton british | England: englishman englishwoman
"""


def _parse(table: str) -> dict[str, str]:
    out = {}
    for entry in table.replace("\n", " | ").split("|"):
        if ":" in entry:
            country, words = entry.split(":")
            for word in words.split():
                out[word.replace("_", " ")] = country.strip()
    return out


# "ethiopian" -> "Ethiopia"; two-word demonyms ("south korean") written with "_" in the table.
DEMONYMS: dict[str, str] = _parse(_TABLE)
