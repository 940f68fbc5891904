"""Common given names of the people news about the Middle East names (Arabic, Persian, Hebrew,
Turkish, Kurdish and Western ones, in their usual English spellings).

They are general vocabulary, like a list of titles: a name of two or three capitalised words that
begins with one of them and has no word of a body or a place ("killed Hassan Jaafar and two other
men") is a person's. Given names that are also the names of states, places or movements (Jordan,
Israel, Amal, Tal) are left out.
"""

from __future__ import annotations

__all__ = ["GIVEN_NAMES"]

_ARABIC = """
mohammed mohammad muhammad muhammed mohamed mohamad mohammad-reza ahmed ahmad ahmet ali hassan hasan hussein husain hussain
hossein husayn mahmoud mahmud abbas mehdi mahdi ismail esmail ismael esmaeil qassem qasim qasem kassem ghasem jawad javad
hamid saeed saeid majid majed abdullah abdallah abdollah abdul abdel abdulaziz abdelaziz abdulrahman abdelrahman abdulmalik
abdelmalik abdelkarim abdulkarim abdulsalam abdelsalam abdulla amir ebrahim ibrahim nasser naser yahya yehia yahia mustafa
mostafa moustafa ayman akram qais qays hadi faleh falih nouri nuri haider haidar haydar jaafar jafar jaffar khalid khaled
khalil omar umar osama usama salah saleh salih imad emad fuad fouad wissam wisam taleb talib yousef youssef yusuf yousif
issa musa moussa marwan ziad ziyad walid waleed nabil nabih najib samir sami tarek tariq adel adil bassem basim hatem hazem
hisham jamal kamal karim kareem maher mazen nidal raed rami riad riyad saad sabri salim talal tawfiq tawfik yasser yasir
zaki anas bilal firas ghassan hamza hamzah husam hossam hussam mohsen muhsin munir qusay rafiq raouf saif sayf shadi sharif
tamer wael zuhair zouhair faisal feisal fahd fahad sultan mansour mansur turki nayef nawaf badr? rashid rashed
hamad hamdan tamim khalifa zayed saud salman abdulrahim fares faris ghazi haitham hamed hashem hashim jalal kazem kazim
luay louay mohannad muhannad muqtada ammar anwar ayad iyad bakr basel bashar hafez iskandar jihad? laith layth maan mahir
moayad muayad mundhir naim naeem qasim rabih rabie radwan? sabah sadiq sadeq safwan sahar samer sattar shakir shaker
suhail suhayl thamer thaer wahid yaser zakaria zakariya zuheir abu-bakr fadi fadel fadhil falah hikmat ihsan jasim jassim
kadhim kadim karar mithal muwaffaq nazar nizar qadir sadr? sinan wathiq
fatima fatma zeinab zainab maryam mariam leila layla huda hanan rania nadia samira aisha amina noor nour sara sarah rana dina
lina reem yasmin yasmine hala hiba maha manal mona muna nada rasha ruba salma suha wafa
"""
_PERSIAN_TURKISH_KURDISH = """
gholamreza gholam mojtaba masoud massoud morteza hamidreza alireza ali-reza rasoul rasool behrouz davoud dawood farhad kamran
kaveh parviz shahram vahid yadollah ruhollah abdolrahim abolfazl hojjat amirali hossein-ali mohammad-ali mohammad-bagher
mohammad-baqer baqer bagher ghalib esmaeel kioumars nasrollah reza jalil ezzatollah habibollah mehrdad mahmood kourosh
recep hakan mevlut mehmet yasar kemal ilham masrour nechirvan bafel qubad mazloum lahur fuat
"""
_HEBREW = """
yoav benjamin benny isaac yitzhak itamar bezalel yair naftali avi avichay herzi herzl daniel eli eliezer moshe yossi yosef
gadi gideon ehud ariel amos tzachi gilad uri yaakov dror ofer oded ronen shai tamir yehuda shlomo miri merav orit yisrael
aviv zvi tzipi ayelet aryeh amichai avigdor gabi gadi yoni omer eyal idan nadav yigal yuval
"""
_WESTERN = """
john michael david james robert mark peter paul lloyd antony anthony joe joseph donald jake matthew matt linda kamala emmanuel
olaf rishi keir boris vladimir sergei sergey dmitry dmitri maria jens josep ursula antonio antónio giorgia pedro charles
william thomas richard christopher brian kevin steven stephen patrick pat jennifer karine elizabeth samantha nikki tom jack
chris andrew jonathan jon ben adam george scott eric jeffrey kenneth timothy tim jim bob bill hillary jill jeremy ted
lindsey chuck mitch nancy mike marco jared steve justin fumio narendra jean catherine annalena liz tobias kristina
anne annie emily hannah laura rachel rebecca susan victoria alexander alex nicholas martin henry edward frederick gordon
tony alan simon philippe francois françois jean-yves jean-noel stephane stéphane olivier kaja josé jose luis carlos miguel
juan mario matteo sergio giuseppe hans wolfgang frank-walter heiko kyriakos nikos alexis recep-tayyip yuri andrei
alexei mikhail igor pierre jacques michel nicolas marie sophie claire isabelle jonas lucas marcus andreas markus klaus dennis louis moses elias ilyas idris yunus younes younis oleg ivan viktor volodymyr dmytro ramzan abdel-fattah kash pete tulsi kristi
"""

GIVEN_NAMES = frozenset(w for w in (_ARABIC + _PERSIAN_TURKISH_KURDISH + _HEBREW + _WESTERN).split() if not w.endswith("?") and "-" not in w)
